#pragma once

#include <QDir>
#include <QString>
#include <QWidget>

namespace Stockroom::Tests {

// Screenshots for a human to look at: saved to $STOCKROOM_SCREENSHOTS as NAME.png, when that is set.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STOCKROOM_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace Stockroom::Tests
