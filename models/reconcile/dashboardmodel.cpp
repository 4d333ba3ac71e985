#include "dashboardmodel.h"

#include <QLocale>

#include <connection/session.h>

namespace Stockroom::Models {

using Services::DashboardFilter;

DashboardModel::DashboardModel(ReadThread *reads, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reads(reads)
{
    connect(reads->worker(), &ReadWorker::jobDone, this, &DashboardModel::onDone);
    connect(reads->worker(), &ReadWorker::failed, this, &DashboardModel::onFailed);
}

DashboardModel::~DashboardModel() = default;

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

void DashboardModel::setFilter(const DashboardFilter &filter)
{
    m_filter = filter;
    reload();
}

void DashboardModel::reload()
{
    const bool wasLoading = isLoading();
    // A login without the supervisor role gets an answer that says so, not an error: the view shows why it is empty.
    m_pending = m_reads->requestJob([read = job()](Services::Session &session) -> Services::Result<QVariant> {
        auto value = read(session);
        if (!value && value.error().kind == Services::Error::Kind::PermissionDenied)
            return QVariant::fromValue(Services::DashboardDenied{value.error().message});
        return value;
    });
    if (m_state == State::Idle || m_state == State::Denied || m_state == State::Failed)
        m_state = State::Loading;
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void DashboardModel::clear()
{
    apply(QVariant());
}

QString DashboardModel::periodText(const QDate &start) const
{
    const QLocale locale;
    switch (m_filter.period()) {
    case DashboardFilter::Period::Day:
        return locale.toString(start, QLocale::ShortFormat);
    case DashboardFilter::Period::Week:
        return tr("week of %1").arg(locale.toString(start, QLocale::ShortFormat));
    case DashboardFilter::Period::Month:
        return locale.toString(start, QStringLiteral("MMMM yyyy"));
    }
    return {};
}

void DashboardModel::onDone(quint64 requestId, const QVariant &value)
{
    if (requestId == 0 || requestId != m_pending)
        return;
    m_pending = 0;
    if (value.metaType() == QMetaType::fromType<Services::DashboardDenied>()) {
        m_state = State::Denied;
        m_error = value.value<Services::DashboardDenied>().message;
        clear();
    } else {
        m_state = State::Ready;
        m_error.clear();
        apply(value);
    }
    Q_EMIT loadingChanged(false);
    Q_EMIT loaded();
}

void DashboardModel::onFailed(quint64 requestId, const QString &message, bool connectionLost)
{
    if (requestId == 0 || requestId != m_pending)
        return;
    m_pending = 0;
    m_error = message;
    // Rows already shown stay (an outage keeps the last-known figures); none yet: the failure is the state.
    if (rows() == 0)
        m_state = State::Failed;
    Q_EMIT loadingChanged(false);
    Q_EMIT loadFailed(message, connectionLost);
    Q_EMIT loaded();
}

} // namespace Stockroom::Models
