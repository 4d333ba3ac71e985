#include "offlinejournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <servicelog.h>

namespace Stockroom::Services {

OfflineJournal::OfflineJournal(QString path)
    : m_path(std::move(path))
{
}

QString OfflineJournal::defaultPath(const QString &where)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QByteArray hash = QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return dir + QStringLiteral("/journal-") + QString::fromLatin1(hash) + QStringLiteral(".json");
}

Status OfflineJournal::load()
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return success();
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Internal,
                     QStringLiteral("cannot read the offline journal %1: %2").arg(m_path, file.errorString()),
                     {}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isArray())
        return Error{Error::Kind::Internal,
                     QStringLiteral("the offline journal %1 is damaged: %2").arg(m_path, parseError.errorString()),
                     {}};
    const QJsonArray entries = doc.array();
    for (const QJsonValue &entry : entries) {
        if (auto op = Operation::fromJson(entry.toObject()))
            m_entries.append(*op);
        else
            qCWarning(lcServices) << "skipping an unreadable offline journal entry in" << m_path;
    }
    return success();
}

bool OfflineJournal::contains(const QString &key) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&key](const Operation &op) { return op.key == key; });
}

Status OfflineJournal::append(const Operation &op)
{
    if (contains(op.key))
        return success();
    m_entries.append(op);
    return save();
}

Status OfflineJournal::remove(const QString &key)
{
    const auto removed = m_entries.removeIf([&key](const Operation &op) { return op.key == key; });
    return removed > 0 ? save() : success();
}

Status OfflineJournal::save() const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Kind::Internal,
                     QStringLiteral("cannot write the offline journal %1: %2").arg(m_path, file.errorString()),
                     {}};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QJsonArray entries;
    for (const Operation &op : m_entries)
        entries.append(op.toJson());
    file.write(QJsonDocument(entries).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{Error::Kind::Internal,
                     QStringLiteral("cannot write the offline journal %1: %2").arg(m_path, file.errorString()),
                     {}};
    return success();
}

} // namespace Stockroom::Services
