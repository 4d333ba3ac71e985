// stockroomctl's command line (app/stockroomctl/arguments.*), the parse step only: nothing is executed and
// nothing connects. The input is the argument list, split at NUL bytes. A refusal names the option it is about; a
// command line that parses accounts for every argument, and each option's readers answer or name the option.
#include "fuzzcheck.h"

#include <arguments.h>
#include <cstddef>
#include <cstdint>

using Stockroom::Ctl::Arguments;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList arguments;
    for (const QByteArray &part : bytes.split('\0'))
        arguments << QString::fromUtf8(part);

    QString error;
    const auto parsed = Arguments::parse(arguments, &error);
    if (!parsed) {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("a refusal without a message"));
        FUZZ_CHECK(error.startsWith(u"--"), QStringLiteral("the refusal names no option: ") + error);
        return 0;
    }
    FUZZ_CHECK(error.isEmpty(), QStringLiteral("parsed, yet an error: ") + error);
    for (const QString &word : parsed->words)
        FUZZ_CHECK(arguments.contains(word), QStringLiteral("a word that was not given: ") + word);

    // Every option given: its readers answer, and a malformed whole number names the option.
    QStringList names;
    for (const QString &arg : arguments) {
        if (arg.startsWith(u"--") && arg.size() > 2)
            names << arg.mid(2).section(u'=', 0, 0);
    }
    for (const QString &name : std::as_const(names)) {
        if (name.isEmpty())
            continue;
        (void)parsed->has(name);
        (void)parsed->values(name);
        (void)parsed->flag(name);
        QString numberError;
        const auto number = parsed->integer(name, &numberError);
        if (!number) {
            FUZZ_CHECK(numberError.contains(u"--" + name),
                       QStringLiteral("the message names no option: ") + numberError);
        }
        QString fallbackError;
        FUZZ_CHECK(parsed->integer(name, &fallbackError, 7) || fallbackError.contains(u"--" + name),
                   QStringLiteral("a whole number with a fallback failed without naming the option: ") + fallbackError);
    }
    for (const QString &unused : parsed->unused())
        FUZZ_CHECK(unused.startsWith(u"--"), QStringLiteral("an unused option not written as one: ") + unused);
    return 0;
}
