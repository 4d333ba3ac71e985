#pragma once

#include <QString>

class QWidget;

namespace Stockroom::Ui {

// Saves a widget (one chart card, or the whole dashboard) under a heading that says what it shows and when: as a PNG
// picture, or as a one-page PDF drawn as vectors so that it prints sharp — by the path's suffix (.png or .pdf).
// Returns an error message, or nothing when the file was written.
QString exportWidget(QWidget *widget, const QString &path, const QString &heading);

} // namespace Stockroom::Ui
