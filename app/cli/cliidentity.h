// CliIdentity: who a writing command acts as. Such a command takes --user NAME;
// the password never appears on the command line (where `ps` and the shell
// history would show it) but comes from an environment variable or is asked
// on the terminal with echo off. With neither, the command fails at once
// instead of waiting for input that will never come.
#pragma once

#include "clicommand.h"
#include "error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <functional>
#include <memory>

class AuditedWriter;
class Workspace;

namespace CliIdentity {

/// Environment variable holding the password of --user (and of init --admin).
inline constexpr char PasswordVariable[] = "BANGFU_PASSWORD";
/// Environment variable holding a new account's password (user add, reset-password).
inline constexpr char NewPasswordVariable[] = "BANGFU_NEW_PASSWORD";

/// The --user NAME option of every command that writes.
QCommandLineOption userOption();

/// Whether a secret can be had from \a variable or the terminal; the Error
/// names the variable. Check this before any slow work so that a script with
/// neither fails at once.
Status requireSecretSource(const char *variable);

/// Reads a secret from \a variable, else asks on the terminal (prompt on
/// stderr, echo off). With \a confirm, a terminal is asked twice and both
/// answers must agree.
Result<QString> readSecret(const char *variable, const QString &prompt, bool confirm, CliIo &io);

/// Opens the EXISTING database named by --db as a workspace (ensuring this
/// installation's device row); prints the error and returns null if it fails.
std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser &parser, CliIo &io);

/// Signs in the --user of \a parser on \a workspace with the password from
/// BANGFU_PASSWORD or the terminal, and makes that account the workspace's
/// user. Returns the model's refusal unchanged (wrong password, wait, disabled).
Status signIn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io);

/// Runs \a change with the signed-in user's writer inside one transaction and
/// commits it; if \a change fails, nothing of it is written.
Status writeInTransaction(Workspace &workspace,
                          const std::function<Status(AuditedWriter &)> &change);

} // namespace CliIdentity
