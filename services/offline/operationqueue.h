#pragma once

#include "offlinejournal.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <connection/connectionspec.h>
#include <ledger/operation.h>
#include <ledger/permissions.h>
#include <memory>
#include <result.h>

class QThread;
class QTimer;

namespace Stockroom::Services {

class Session;

// Applies operations on a thread of its own connection. Lives in that thread; OperationQueue drives it.
class OperationWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationWorker)

public:
    explicit OperationWorker(ConnectionSpec spec, QObject *parent = nullptr);
    ~OperationWorker() override;

public Q_SLOTS:
    void apply(const Stockroom::Services::Operation &op);
    void loadPermissions();
    void shutdown();

Q_SIGNALS:
    void applied(const Stockroom::Services::Operation &op, const QJsonObject &result);
    void failed(const Stockroom::Services::Operation &op, const Stockroom::Services::Error &error);
    void permissionsLoaded(const Stockroom::Services::Permissions &permissions);

private:
    Session &session();

    ConnectionSpec m_spec;
    std::unique_ptr<Session> m_session;
};

// Where every operation the window makes goes. Online, it is applied at once; when the connection is lost
// (before or while sending) it is kept in the offline journal and replayed, in order and with its original
// idempotency key, as soon as the ledger answers again, so it applies exactly once. Journaled entries
// left by an earlier run are replayed too.
class OperationQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationQueue)

public:
    struct Outcome
    {
        Operation op;
        bool applied = false;
        QString message; // the refusal, when not applied
    };

    OperationQueue(const ConnectionSpec &spec, const QString &journalPath, QObject *parent = nullptr);
    ~OperationQueue() override;

    static constexpr int kRetryMs = 2000;

    void submit(const Operation &op);
    bool isOnline() const { return m_online; }
    qsizetype journaled() const { return m_journal.size(); }
    const OfflineJournal &journal() const { return m_journal; }
    void requestPermissions();

public Q_SLOTS:
    // A hint from whoever watches the connection (the event listener); the queue also probes by itself.
    void setOnline(bool online);
    // Sends what the journal holds now, if anything.
    void replay();

Q_SIGNALS:
    void finished(const Stockroom::Services::Operation &op, const QJsonObject &result);
    void refused(const Stockroom::Services::Operation &op, const Stockroom::Services::Error &error);
    void queued(const Stockroom::Services::Operation &op);
    void replayFinished(const QList<Stockroom::Services::OperationQueue::Outcome> &outcomes);
    void onlineChanged(bool online);
    void journalChanged(qsizetype entries);
    void permissionsLoaded(const Stockroom::Services::Permissions &permissions);
    void journalError(const QString &message);

private:
    void onApplied(const Operation &op, const QJsonObject &result);
    void onFailed(const Operation &op, const Error &error);
    void sendNext();
    void keep(const Operation &op);
    void drop(const QString &key);

    QThread *m_thread;
    OperationWorker *m_worker;
    QTimer *m_retry;
    OfflineJournal m_journal;
    bool m_online = true;
    bool m_replaying = false;
    QString m_inFlightReplay; // the key of the journal entry being sent
    QList<Outcome> m_outcomes;
};

} // namespace Stockroom::Services

Q_DECLARE_METATYPE(Stockroom::Services::Error)
Q_DECLARE_METATYPE(Stockroom::Services::OperationQueue::Outcome)
