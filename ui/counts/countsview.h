#pragma once

#include <QHash>
#include <QPointer>

#include <connection/connectionspec.h>
#include <recordpage.h>

class QAction;
class QPushButton;
class QToolButton;
class QTimer;

namespace Stockroom::Models {
class CountSessionModel;
class ReadThread;
} // namespace Stockroom::Models

namespace Stockroom::Ui {

class CountPlanDialog;
class CountReviewDialog;
class CountScreen;
class NewCountSessionDialog;

// Count sessions, newest first, by location and state: start one (a manager's), count the selected one on the
// count screen (an associate's, made for a scanner or a tablet), or review it (a manager reads, a supervisor
// decides). Actions this login may not take are disabled and say why.
class CountsView final : public RecordPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountsView)

public:
    CountsView(Models::ReadThread *reads, Services::OperationQueue *queue, const Services::ConnectionSpec &spec,
               QWidget *parent = nullptr);
    ~CountsView() override;

    Models::CountSessionModel *model() const { return m_model; }
    void setPermissions(const Services::Permissions &permissions) override;
    void reload() override;
    QString summary() const override;
    // The selected session's id, or 0.
    qint64 currentSession() const;
    void selectSession(qint64 session);
    // Opens (or raises) the count screen or the review of a session.
    CountScreen *openCount(qint64 session);
    CountReviewDialog *openReview(qint64 session);
    NewCountSessionDialog *newSession();
    // What is due to be counted today, with a session for a location's plan in one step.
    CountPlanDialog *showPlan();
    // Sessions changed in the ledger (counted in, submitted, decided; outbox events): the list reads again soon
    // while it is on screen, and the open reviews of those sessions do too.
    void countsChanged(const QList<qint64> &sessions);

protected:
    QString emptyText() const override;
    void onApplied(const Services::Operation &op, const QJsonObject &result) override;
    void selectionChanged() override;

private:
    Services::ConnectionSpec m_spec;
    Services::OperationQueue *m_queue;
    Models::CountSessionModel *m_model;
    QComboBox *m_state;
    QPushButton *m_new;
    QPushButton *m_count;
    QPushButton *m_review;
    QPushButton *m_plan;
    QToolButton *m_sheet;
    QAction *m_printSheet = nullptr;
    QAction *m_enterSheet = nullptr;
    qint64 m_wanted = 0; // a session to select once the list has it
    QTimer *m_refresh;
    QList<qint64> m_changed; // sessions whose open reviews read again when m_refresh fires
    QHash<qint64, QPointer<CountScreen>> m_screens;
    QHash<qint64, QPointer<CountReviewDialog>> m_reviews;
};

} // namespace Stockroom::Ui
