#include "demoseeder.h"

#include <QFile>
#include <QRegularExpression>

#include <connection/session.h>
#include <connection/transactionguard.h>

namespace Stockroom::Services {

DemoSeeder::DemoSeeder(Session &session)
    : m_session(session)
{
}

Status DemoSeeder::seed(const Progress &progress)
{
    QFile file(QStringLiteral(":/stockroom/demo/seed.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Internal, QStringLiteral("the demo data set is missing from this build"), {}};
    static const QRegularExpression stepMarker(QStringLiteral("^-- step: (.*)$"), QRegularExpression::MultilineOption);
    const QString script = QString::fromUtf8(file.readAll());
    struct Step
    {
        QString title;
        QString sql;
    };
    QList<QRegularExpressionMatch> markers;
    for (auto it = stepMarker.globalMatch(script); it.hasNext();)
        markers.append(it.next());
    QList<Step> steps;
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const qsizetype end = i + 1 < markers.size() ? markers.at(i + 1).capturedStart() : script.size();
        steps.append(
            {markers.at(i).captured(1), script.mid(markers.at(i).capturedEnd(), end - markers.at(i).capturedEnd())});
    }

    if (auto opened = m_session.open(); !opened)
        return opened;
    TransactionGuard transaction(m_session.database());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (int i = 0; i < steps.size(); ++i) {
        if (progress)
            progress(i, int(steps.size()), steps.at(i).title);
        if (auto ran = m_session.execScript(steps.at(i).sql); !ran) {
            Error error = ran.error();
            error.message = QStringLiteral("seeding demo data (%1) failed: %2").arg(steps.at(i).title, error.message);
            return error;
        }
    }
    if (progress)
        progress(int(steps.size()), int(steps.size()), QStringLiteral("done"));
    return transaction.commit();
}

} // namespace Stockroom::Services
