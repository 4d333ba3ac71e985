#include "arguments.h"

namespace Stockroom::Ctl {

namespace {

const QSet<QString> kFlags = {QStringLiteral("json"),
                              QStringLiteral("demo"),
                              QStringLiteral("damaged"),
                              QStringLiteral("follow"),
                              QStringLiteral("help"),
                              QStringLiteral("open"),
                              QStringLiteral("expired"),
                              QStringLiteral("no-barcodes"),
                              QStringLiteral("stuck"),
                              QStringLiteral("preview"),
                              QStringLiteral("dot"),
                              QStringLiteral("all"),
                              QStringLiteral("uncounted-zero"),
                              QStringLiteral("within-tolerance"),
                              QStringLiteral("release-holds"),
                              QStringLiteral("outside-tolerance"),
                              QStringLiteral("all-locations"),
                              QStringLiteral("all-channels"),
                              QStringLiteral("password-stdin")};

} // namespace

std::optional<Arguments> Arguments::parse(const QStringList &arguments, QString *error)
{
    Arguments out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!arg.startsWith(QStringLiteral("--")) || arg == u"--") {
            out.words << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq > 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasValue = true;
        }
        if (kFlags.contains(name)) {
            if (hasValue) {
                *error = QStringLiteral("--%1 takes no value").arg(name);
                return std::nullopt;
            }
            if (name == u"json")
                out.json = true;
            else
                out.m_flags.insert(name);
            continue;
        }
        if (!hasValue && name == u"hot-sku" && (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(u"--"))) {
            value = QStringLiteral("on"); // "bench reserve --hot-sku" alone means on
            hasValue = true;
        }
        if (!hasValue) {
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("--%1 needs a value").arg(name);
                return std::nullopt;
            }
            value = arguments.at(++i);
        }
        if (name == u"db")
            out.dbUrl = value;
        else
            out.m_options.insert(name, value);
    }
    return out;
}

bool Arguments::has(const QString &name) const
{
    m_read.insert(name);
    return m_options.contains(name);
}

QString Arguments::value(const QString &name) const
{
    m_read.insert(name);
    const QStringList all = values(name);
    return all.isEmpty() ? QString() : all.last();
}

QStringList Arguments::values(const QString &name) const
{
    m_read.insert(name);
    QStringList all = m_options.values(name);
    std::reverse(all.begin(), all.end()); // QMultiHash returns the most recent first
    return all;
}

bool Arguments::flag(const QString &name) const
{
    m_read.insert(name);
    return m_flags.contains(name);
}

std::optional<qint64> Arguments::integer(const QString &name, QString *error, std::optional<qint64> fallback) const
{
    if (!has(name)) {
        if (!fallback)
            *error = QStringLiteral("--%1 is required").arg(name);
        return fallback;
    }
    const QString text = value(name);
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok) {
        *error = QStringLiteral("--%1 must be a whole number, not \"%2\"").arg(name, text);
        return std::nullopt;
    }
    return number;
}

QStringList Arguments::unused() const
{
    QStringList out;
    for (auto it = m_options.keyBegin(); it != m_options.keyEnd(); ++it) {
        if (!m_read.contains(*it) && !out.contains(u"--" + *it))
            out << u"--" + *it;
    }
    for (const QString &name : m_flags) {
        if (!m_read.contains(name))
            out << u"--" + name;
    }
    return out;
}

} // namespace Stockroom::Ctl
