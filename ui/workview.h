#pragma once

#include <QWidget>

class QSettings;

namespace Stockroom::Ui {

// One job's view in the main window (stock, transfers, reservations, …): the window lists them in its
// navigation, shows one at a time, tells it when it is shown and lets it keep its layout between runs.
class WorkView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Called each time the view is brought to the front: a chance to refresh what may have gone stale.
    virtual void activate() {}
    virtual void saveLayout(QSettings &settings) const = 0;
    virtual void restoreLayout(const QSettings &settings) = 0;
    // A short line for the status bar: how many rows, what is selected.
    virtual QString summary() const { return {}; }

protected:
    // A model's read failed: a lost connection takes the window offline, anything else is said in passing.
    void reportLoadFailure(const QString &text, bool connectionLost)
    {
        if (connectionLost)
            Q_EMIT this->connectionLost(text);
        else
            Q_EMIT message(text);
    }

Q_SIGNALS:
    void summaryChanged();
    // A read lost the ledger: the window goes offline until the listener sees it again.
    void connectionLost(const QString &message);
    void message(const QString &text);
};

} // namespace Stockroom::Ui
