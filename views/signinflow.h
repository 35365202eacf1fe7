// SignInFlow: what happens each time a database is opened in the GUI — a
// database without accounts asks for its first administrator, any other asks
// someone to sign in. Shared by the start-up and File -> Open / New.
#pragma once

class QWidget;
class Workspace;

namespace SignInFlow {

/// Signs someone in to \a workspace (Workspace::setUser) through the first-run
/// or the sign-in dialog. False if the person cancelled or the database could
/// not be read (the error was shown). \a cancelQuits labels Cancel "Quit".
bool run(QWidget *parent, Workspace &workspace, bool cancelQuits);

} // namespace SignInFlow
