#include "dashboardexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QWidget>

namespace Stockroom::Ui {

namespace {

class DashboardExport
{
    Q_DECLARE_TR_FUNCTIONS(DashboardExport)
};

QFont headingFont(const QWidget *widget)
{
    QFont font = widget->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    return font;
}

QString savePng(QWidget *widget, const QString &path, const QString &heading)
{
    constexpr qreal Scale = 2; // sharp on a projector or in a report
    const QFontMetrics metrics(headingFont(widget));
    const int headingHeight = metrics.height() + 16;
    QImage image(QSize(widget->width(), widget->height() + headingHeight) * Scale, QImage::Format_ARGB32);
    image.setDevicePixelRatio(Scale);
    image.fill(widget->palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(headingFont(widget));
    painter.setPen(widget->palette().color(QPalette::WindowText));
    painter.drawText(QRect(8, 0, widget->width() - 16, headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(heading, Qt::ElideRight, widget->width() - 16));
    widget->render(&painter, QPoint(0, headingHeight), QRegion(), QWidget::DrawChildren);
    painter.end();
    if (!image.save(path, "PNG"))
        return DashboardExport::tr("Could not write %1.").arg(path);
    return {};
}

QString savePdf(QWidget *widget, const QString &path, const QString &heading)
{
    QPdfWriter writer(path);
    writer.setTitle(heading);
    writer.setCreator(QStringLiteral("Stockroom"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(widget->width() >= widget->height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    // The screen's resolution: the widgets' fonts are in points, so on a device of another resolution their text
    // would outgrow the boxes laid out for it. Drawn as vectors, the page is sharp at any resolution.
    writer.setResolution(widget->logicalDpiX());
    QPainter painter;
    if (!painter.begin(&writer))
        return DashboardExport::tr("Could not write %1.").arg(path);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRect page = painter.viewport();
    // The widget's pixels to the page: as large as fits under the heading, never stretched.
    const QFontMetrics metrics(headingFont(widget));
    const int headingHeight = metrics.height() + 12;
    const qreal scale =
        qMin(qreal(page.width()) / widget->width(), qreal(page.height()) / (widget->height() + headingHeight));
    painter.scale(scale, scale);
    painter.setFont(headingFont(widget));
    painter.setPen(Qt::black);
    painter.drawText(QRect(0, 0, widget->width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter, heading);
    widget->render(&painter, QPoint(0, headingHeight), QRegion(), QWidget::DrawChildren);
    if (!painter.end())
        return DashboardExport::tr("Could not write %1.").arg(path);
    return {};
}

} // namespace

QString exportWidget(QWidget *widget, const QString &path, const QString &heading)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return savePdf(widget, path, heading);
    if (suffix == u"png")
        return savePng(widget, path, heading);
    return DashboardExport::tr("Choose a file name that ends in .png or .pdf.");
}

} // namespace Stockroom::Ui
