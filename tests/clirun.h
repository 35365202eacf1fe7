// Runs bangfu-cli as an office script would: no display and no platform
// hint (headless means headless), C.UTF-8, stdin closed and no terminal, no
// password variables unless a test passes them. The tests of the command
// line share it instead of each starting the process its own way.
#pragma once

#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <utility>

namespace CliRun {

struct Result
{
    int exitCode = -1; ///< -1 when it crashed or did not finish
    QString out;
    QString err;
};

using Env = QList<std::pair<QString, QString>>;

/// BANGFU_PASSWORD (and BANGFU_NEW_PASSWORD) for a command that writes; none when empty.
inline Env passwords(const QString &password, const QString &newPassword = {})
{
    Env env;
    if (!password.isEmpty())
        env.append({QStringLiteral("BANGFU_PASSWORD"), password});
    if (!newPassword.isEmpty())
        env.append({QStringLiteral("BANGFU_NEW_PASSWORD"), newPassword});
    return env;
}

/// Runs BANGFU_CLI with \a args, \a env added to the clean environment, in
/// \a workingDir when given.
inline Result run(const QStringList &args, const Env &env = {}, const QString &workingDir = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "BANGFU_PASSWORD",
                             "BANGFU_NEW_PASSWORD"})
        e.remove(QLatin1String(name));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const auto &[name, value] : env)
        e.insert(name, value);
    p.setProcessEnvironment(e);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(BANGFU_CLI), args);
    if (!p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace CliRun
