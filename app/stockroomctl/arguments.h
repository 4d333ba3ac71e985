#pragma once

#include <QMultiHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stockroom::Ctl {

// The command line, split into the command's words, --options with values and --flags. --db and --json may
// stand anywhere on the line. Every read records the option as known, so unknown ones can be reported.
class Arguments final
{
public:
    static std::optional<Arguments> parse(const QStringList &arguments, QString *error);

    QStringList words; // the command path and its positional arguments
    QString dbUrl;
    bool json = false;

    bool has(const QString &name) const;
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;
    bool flag(const QString &name) const;

    // A whole number option: std::nullopt and a message when it is missing or malformed.
    std::optional<qint64> integer(const QString &name, QString *error, std::optional<qint64> fallback = {}) const;

    // Options given that the command did not read: "--foo is not an option of receive".
    QStringList unused() const;

private:
    QMultiHash<QString, QString> m_options;
    QSet<QString> m_flags;
    mutable QSet<QString> m_read;
};

} // namespace Stockroom::Ctl
