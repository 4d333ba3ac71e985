// The offline journal (services/offline/offlinejournal.*), the file the app reads back at start to replay what was
// typed while the ledger could not be reached. A damaged journal is refused with a message that names the file
// and where (a line and column, or an entry); one that reads is written back and read again unchanged.
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <offline/offlinejournal.h>

using namespace Stockroom::Services;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("journal.json");
    const auto read = OfflineJournal::parse(bytes, name);
    if (!read) {
        const QString message = read.error().message;
        FUZZ_CHECK(message.startsWith(QStringLiteral("the offline journal journal.json is damaged: ")), message);
        FUZZ_CHECK(message.contains(QStringLiteral(": line ")) || message.contains(QStringLiteral(": entry ")) ||
                       message.contains(QStringLiteral("not a list of operations")),
                   QStringLiteral("the message says not where: ") + message);
        return 0;
    }
    QJsonArray written;
    for (const Operation &op : read.value()) {
        FUZZ_CHECK(!op.key.isEmpty(), QStringLiteral("an operation without a key"));
        written.append(op.toJson());
    }
    const auto again = OfflineJournal::parse(QJsonDocument(written).toJson(QJsonDocument::Indented), name);
    FUZZ_CHECK(again.ok(), QStringLiteral("what was written back does not read: ") + again.error().message);
    FUZZ_CHECK(again->size() == read->size(), QStringLiteral("entries lost in the round trip"));
    for (qsizetype i = 0; i < again->size(); ++i) {
        const QJsonObject first = written.at(i).toObject();
        const QJsonObject second = again->at(i).toJson();
        FUZZ_CHECK(first == second, QStringLiteral("entry %1 changed: %2 became %3")
                                        .arg(i + 1)
                                        .arg(QString::fromUtf8(QJsonDocument(first).toJson(QJsonDocument::Compact)),
                                             QString::fromUtf8(QJsonDocument(second).toJson(QJsonDocument::Compact))));
    }
    return 0;
}
