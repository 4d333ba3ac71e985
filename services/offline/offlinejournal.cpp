#include "offlinejournal.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <servicelog.h>

namespace Stockroom::Services {

namespace {

// Exactly an integer that fits qint64 (what Operation::toJson writes); not 1.5, "5", or 1e300.
bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toInteger(0) == value.toInteger(1);
}

// Why one entry cannot be read as an operation, or empty. Fields an older journal lacks take their defaults; a
// field that is there must have its type (a quantity of "5" or 1.5 is not silently read as 0).
QString entryProblem(const QJsonValue &entry)
{
    if (!entry.isObject())
        return QStringLiteral("not an operation (an object with a kind and a key)");
    const QJsonObject json = entry.toObject();
    const QJsonValue kind = json.value(u"kind");
    if (!kind.isString())
        return QStringLiteral("no kind");
    if (!Operation::fromJson({{QStringLiteral("kind"), kind}, {QStringLiteral("key"), QStringLiteral("k")}}))
        return QStringLiteral("unknown kind \"%1\"").arg(kind.toString());
    const QJsonValue key = json.value(u"key");
    if (!key.isString() || key.toString().isEmpty())
        return QStringLiteral("no key");
    for (const char16_t *name : {u"quantity", u"position", u"transfer", u"reservation", u"session"}) {
        const QJsonValue value = json.value(QStringView(name));
        if (!value.isUndefined() && !isWholeNumber(value))
            return QStringLiteral("%1 is not a whole number").arg(QStringView(name));
    }
    for (const char16_t *name :
         {u"sku", u"location", u"to", u"reason", u"reference", u"area", u"device", u"created_at"}) {
        const QJsonValue value = json.value(QStringView(name));
        if (!value.isUndefined() && !value.isString())
            return QStringLiteral("%1 is not text").arg(QStringView(name));
    }
    if (const QJsonValue damaged = json.value(u"damaged"); !damaged.isUndefined() && !damaged.isBool())
        return QStringLiteral("damaged is not true or false");
    if (const QJsonValue ids = json.value(u"reservations"); !ids.isUndefined()) {
        if (!ids.isArray())
            return QStringLiteral("reservations is not a list");
        const QJsonArray list = ids.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!isWholeNumber(list.at(i)))
                return QStringLiteral("reservation %1 of the list is not a whole number").arg(i + 1);
        }
    }
    const QString createdAt = json.value(u"created_at").toString();
    if (!createdAt.isEmpty() && !QDateTime::fromString(createdAt, Qt::ISODateWithMs).isValid())
        return QStringLiteral("created_at \"%1\" is not a date and time").arg(createdAt);
    return {};
}

} // namespace

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

Result<QList<Operation>> OfflineJournal::parse(const QByteArray &data, const QString &name)
{
    auto damaged = [&name](const QString &what) {
        return Error{Error::Kind::Invalid, QStringLiteral("the offline journal %1 is damaged: %2").arg(name, what), {}};
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, data.size());
        const qsizetype lineStart = data.lastIndexOf('\n', offset - 1) + 1;
        const qsizetype line = data.left(offset).count('\n') + 1;
        const qsizetype column = QString::fromUtf8(data.mid(lineStart, offset - lineStart)).size() + 1;
        return damaged(QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
    }
    if (!doc.isArray())
        return damaged(QStringLiteral("it holds %1, not a list of operations")
                           .arg(doc.isObject() ? QStringLiteral("an object") : QStringLiteral("nothing")));
    QList<Operation> out;
    const QJsonArray entries = doc.array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString problem = entryProblem(entries.at(i));
        if (!problem.isEmpty())
            return damaged(QStringLiteral("entry %1: %2").arg(i + 1).arg(problem));
        out.append(*Operation::fromJson(entries.at(i).toObject()));
    }
    return out;
}

Status OfflineJournal::load()
{
    m_entries.clear();
    m_stuck.clear();
    QFile file(m_path);
    if (!file.exists())
        return success();
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Internal,
                     QStringLiteral("cannot read the offline journal %1: %2").arg(m_path, file.errorString()),
                     {}};
    auto entries = parse(file.readAll(), m_path);
    file.close();
    if (entries) {
        m_entries = std::move(entries).value();
        return success();
    }
    // Moved aside before anything is journaled, so the operations it holds are never overwritten.
    const QString aside = m_path + QStringLiteral(".damaged-") +
                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmsszzz"));
    Error error = entries.error();
    if (file.rename(aside)) {
        error.message += QStringLiteral(". None of its operations was applied; it was kept as %1").arg(aside);
    } else {
        m_stuck = error.message;
        error.message += QStringLiteral(". None of its operations was applied, and it could not be moved aside (%1): "
                                        "nothing is journaled until it is repaired or removed")
                             .arg(file.errorString());
    }
    qCWarning(lcServices) << error.message;
    return error;
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
    if (!m_stuck.isEmpty())
        return Error{Error::Kind::Internal, m_stuck, {}};
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
