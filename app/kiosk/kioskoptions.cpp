#include "kioskoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstring>

namespace {

const char *const kHeadlessFlags[] = {
    "--sync-once", "--status", "--check-config", "--outbox", "--upload-once",
    "--hash-pin",  "--clerk",  "--help",         "-h",       "--version",
    "-v",          "--enroll"};

// --config, else $MUNICIPAL_KIOSK_CONFIG, else where the package puts it.
QString configOrDefault(const QString &given)
{
    if (!given.isEmpty())
        return given;
    return qEnvironmentVariable("MUNICIPAL_KIOSK_CONFIG",
                                QStringLiteral("/etc/municipal-kiosk/kiosk.conf"));
}

} // namespace

bool KioskOptions::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : kHeadlessFlags) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

QString KioskOptions::configPathBeforeApplication(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    const QCommandLineOption config({QStringLiteral("c"), QStringLiteral("config")}, QString(),
                                    QStringLiteral("file"));
    parser.addOption(config);
    // Unknown options are the full parse's business, once Qt has taken its own.
    parser.parse(arguments);
    return configOrDefault(parser.value(config));
}

KioskOptions KioskOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Municipal information and participation kiosk.\n"
        "Without a command it opens the kiosk window. Exit codes of the commands: 0 ok, "
        "1 configuration problem, 3 the server refused the device token, "
        "4 the server could not be reached or answered wrongly, 5 the content is up to date "
        "but some images or PDFs could not be fetched, 6 submissions are still waiting to be "
        "sent, 7 the server's certificate or key is not trusted."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(
        {QStringLiteral("c"), QStringLiteral("config")},
        QStringLiteral("Configuration file (default: $MUNICIPAL_KIOSK_CONFIG or "
                       "/etc/municipal-kiosk/kiosk.conf)."),
        QStringLiteral("file"));
    const QCommandLineOption windowed(QStringLiteral("windowed"),
                                      QStringLiteral("Run in a normal window (development)."));
    const QCommandLineOption syncOnce(QStringLiteral("sync-once"),
                                      QStringLiteral("Bring the cache up to date and exit."));
    const QCommandLineOption status(QStringLiteral("status"),
                                    QStringLiteral("Print what the cache holds and exit."));
    const QCommandLineOption checkConfig(QStringLiteral("check-config"),
                                         QStringLiteral("Check the configuration and exit."));
    const QCommandLineOption outbox(QStringLiteral("outbox"),
                                    QStringLiteral("Print what the outbox holds and exit."));
    const QCommandLineOption uploadOnce(
        QStringLiteral("upload-once"),
        QStringLiteral("Send every pending submission now (retry now) and exit."));
    const QCommandLineOption hashPin(
        QStringLiteral("hash-pin"),
        QStringLiteral("Read a staff PIN from standard input and print the line to put in the "
                       "configuration."));
    const QCommandLineOption clerk(
        QStringLiteral("clerk"),
        QStringLiteral("Manage the counter clerks of this machine, then exit: "
                       "--clerk add NAME [FULL NAME] | reset NAME | disable NAME | enable NAME | "
                       "list | audit [COUNT]. Passwords are asked twice on the terminal, or "
                       "taken from $MUNICIPAL_CLERK_PASSWORD."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QStringLiteral("After the first sync, show every view at 1920x1080 and 1280x800, save "
                       "a picture of the screen for each into the directory, and exit "
                       "(documentation)."),
        QStringLiteral("directory"));
    const QCommandLineOption enroll(
        QStringLiteral("enroll"),
        QStringLiteral("First run: --enroll SERVER-URL TOKEN writes the server's address into "
                       "the configuration (created when missing) and the device token into "
                       "its file, then checks that the server accepts it. TOKEN - reads it "
                       "from standard input."));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        QStringLiteral("With --enroll: a PEM file of the authority that signed the server's "
                       "certificate, when the system does not already trust it."),
        QStringLiteral("file"));
    const QCommandLineOption pin(
        QStringLiteral("pin"),
        QStringLiteral("With --enroll: accept only a server whose public key has this base64 "
                       "SHA-256 (repeat for a spare key)."),
        QStringLiteral("sha256"));
    parser.addOptions({config, windowed, syncOnce, status, checkConfig, outbox, uploadOnce, hashPin,
                       clerk, screenshots, enroll, caFile, pin});
    parser.addPositionalArgument(QStringLiteral("words"),
                                 QStringLiteral("With --clerk: what to do, and to whom. With "
                                                "--enroll: the server's address and the token."),
                                 QStringLiteral("[words...]"));
    parser.process(arguments);

    KioskOptions options;
    options.windowed = parser.isSet(windowed);
    options.screenshotDir = parser.value(screenshots);
    options.configPath = configOrDefault(parser.value(config));
    if (parser.isSet(syncOnce))
        options.mode = Mode::SyncOnce;
    else if (parser.isSet(status))
        options.mode = Mode::Status;
    else if (parser.isSet(checkConfig))
        options.mode = Mode::CheckConfig;
    else if (parser.isSet(outbox))
        options.mode = Mode::Outbox;
    else if (parser.isSet(uploadOnce))
        options.mode = Mode::UploadOnce;
    else if (parser.isSet(hashPin))
        options.mode = Mode::HashPin;
    else if (parser.isSet(clerk))
        options.mode = Mode::Clerk;
    else if (parser.isSet(enroll))
        options.mode = Mode::Enroll;
    options.caFile = parser.value(caFile);
    options.pinnedKeys = parser.values(pin);
    options.words = parser.positionalArguments();
    return options;
}
