#include "orderboardview.h"

#include <QDateTime>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <connection/session.h>
#include <functional>
#include <orders/boardpalette.h>
#include <orders/orderservice.h>
#include <orders/orderwords.h>
#include <readworker.h>
#include <tuple>

namespace Stockroom::Ui {

using Models::OrderWords;
using Services::BoardCell;

namespace {

constexpr int TileMinimumWidth = 176;
constexpr int FinalTileMinimumWidth = 150;
constexpr int Padding = 12;
constexpr int MostColumns = 5; // the order machine's main path

QString colourRule()
{
    return OrderBoardView::tr("A tile's colour is how long its oldest order has been in the state, against the "
                              "state's time limit: green under half of it, amber under the limit, red at or past it "
                              "(stuck). Final states, states without a limit and empty ones are not coloured.");
}

// One state: its count, ages and stuck count, painted; a click or Enter asks for its orders.
class BoardTile final : public QWidget
{
public:
    BoardTile(const BoardCell &cell, std::function<void()> activated, QWidget *parent)
        : QWidget(parent)
        , m_cell(cell)
        , m_activated(std::move(activated))
    {
        setObjectName(QStringLiteral("tile_%1_%2").arg(cell.machine, cell.state));
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setAccessibleName(OrderWords::state(cell.state));
        setCell(cell);
    }

    // New numbers for the same state.
    void setCell(const BoardCell &cell)
    {
        m_cell = cell;
        setAccessibleDescription(description());
        setToolTip(description() + QStringLiteral("\n\n") + colourRule());
        update();
    }

    const BoardCell &cell() const { return m_cell; }
    BoardPalette::Age age() const
    {
        return BoardPalette::ageOf(m_cell.count, m_cell.oldestAgeSeconds, m_cell.timeLimitSeconds, m_cell.terminal);
    }

    QSize sizeHint() const override
    {
        const QFontMetrics metrics = fontMetrics();
        if (m_cell.terminal)
            return {FinalTileMinimumWidth, 2 * Padding + qMax(metrics.height(), bigMetrics().height())};
        return {TileMinimumWidth, 2 * Padding + 3 * metrics.height() + bigMetrics().height() + 6};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const BoardPalette::Age tileAge = age();
        const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
        painter.setBrush(BoardPalette::tileFill(tileAge, palette()));
        painter.setPen(
            QPen(hasFocus() ? palette().color(QPalette::Highlight) : BoardPalette::tileEdge(tileAge, palette()),
                 hasFocus() ? 3 : 1));
        painter.drawRoundedRect(frame, 6, 6);

        const QColor text = BoardPalette::tileText(tileAge, palette());
        QColor muted = text;
        muted.setAlphaF(0.7f);
        const QRect inner = rect().adjusted(Padding, Padding - 2, -Padding, -Padding + 2);
        QFont bold = font();
        bold.setBold(true);
        const QFont big = bigFont();
        const QString label = OrderWords::state(m_cell.state);
        const QString count = QLocale().toString(m_cell.count);

        if (m_cell.terminal) {
            // One line: the state, and how many ever ended there, on the right.
            painter.setFont(big);
            painter.setPen(text);
            const int countWidth = QFontMetrics(big).horizontalAdvance(count);
            painter.drawText(inner, Qt::AlignRight | Qt::AlignVCenter, count);
            painter.setFont(bold);
            const QRect left = inner.adjusted(0, 0, -countWidth - 8, 0);
            painter.drawText(left, Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetrics(bold).elidedText(label, Qt::ElideRight, left.width()));
            return;
        }

        const QFontMetrics metrics = fontMetrics();
        int y = inner.top();
        painter.setFont(bold);
        painter.setPen(text);
        painter.drawText(QRect(inner.left(), y, inner.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(label, Qt::ElideRight, inner.width()));
        y += metrics.height() + 2;
        painter.setFont(big);
        const int bigHeight = bigMetrics().height();
        painter.drawText(QRect(inner.left(), y, inner.width(), bigHeight), Qt::AlignLeft | Qt::AlignVCenter, count);
        y += bigHeight + 2;
        painter.setFont(font());
        painter.setPen(muted);
        const QString ages = m_cell.count == 0 ? OrderBoardView::tr("none waiting")
                                               : OrderBoardView::tr("oldest %1 · average %2")
                                                     .arg(OrderWords::duration(m_cell.oldestAgeSeconds),
                                                          OrderWords::duration(m_cell.averageAgeSeconds));
        painter.drawText(QRect(inner.left(), y, inner.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(ages, Qt::ElideRight, inner.width()));
        y += metrics.height() + 2;
        const QRect last(inner.left(), y, inner.width(), metrics.height());
        if (m_cell.stuck > 0) {
            const int icon = metrics.height();
            style()
                ->standardIcon(QStyle::SP_MessageBoxWarning)
                .paint(&painter, QRect(last.left(), last.top(), icon, icon));
            painter.setFont(bold);
            painter.setPen(BoardPalette::stuck());
            painter.drawText(last.adjusted(icon + 4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             OrderBoardView::tr("%Ln stuck", nullptr, int(m_cell.stuck)));
        } else if (m_cell.timeLimitSeconds > 0) {
            painter.drawText(last, Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(
                                 OrderBoardView::tr("time limit %1").arg(OrderWords::duration(m_cell.timeLimitSeconds)),
                                 Qt::ElideRight, last.width()));
        }
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
            m_activated();
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            m_activated();
            return;
        default:
            QWidget::keyPressEvent(event);
        }
    }

    void focusInEvent(QFocusEvent *event) override
    {
        QWidget::focusInEvent(event);
        update();
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QWidget::focusOutEvent(event);
        update();
    }

private:
    QFont bigFont() const
    {
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * (m_cell.terminal ? 1.3 : 2.2));
        big.setBold(true);
        return big;
    }
    QFontMetrics bigMetrics() const { return QFontMetrics(bigFont()); }

    QString description() const
    {
        const QString state = OrderWords::state(m_cell.state);
        if (m_cell.terminal)
            return OrderBoardView::tr("%1: a final state, %2 in all.").arg(state, QLocale().toString(m_cell.count));
        QString text = OrderBoardView::tr("%1: %2 now.").arg(state, QLocale().toString(m_cell.count));
        if (m_cell.count > 0)
            text += u' ' + OrderBoardView::tr("The oldest has been here %1, on average %2.")
                               .arg(OrderWords::duration(m_cell.oldestAgeSeconds),
                                    OrderWords::duration(m_cell.averageAgeSeconds));
        if (m_cell.timeLimitSeconds > 0)
            text += u' ' + OrderBoardView::tr("Time limit %1; %Ln stuck past it.", nullptr, int(m_cell.stuck))
                               .arg(OrderWords::duration(m_cell.timeLimitSeconds));
        return text;
    }

    BoardCell m_cell;
    std::function<void()> m_activated;
};

} // namespace

// One machine: a title, its working states in machine order as tall tiles, then its final states as short
// ones. Columns follow the width; the tiles move to new rows rather than shrink below a readable size.
class BoardSection final : public QWidget
{
public:
    BoardSection(const QString &title, QWidget *parent)
        : QWidget(parent)
        , m_title(new QLabel(title, this))
        , m_working(new QGridLayout)
        , m_final(new QGridLayout)
    {
        QFont font = m_title->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        m_title->setFont(font);
        m_working->setSpacing(10);
        m_final->setSpacing(10);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_title);
        layout->addLayout(m_working);
        layout->addLayout(m_final);
    }

    void setCells(const QList<BoardCell> &cells, const std::function<void(const BoardCell &)> &activated)
    {
        // The same states as before (a refresh): the tiles stay, so keyboard focus stays where it was.
        bool same = cells.size() == m_tiles.size();
        for (qsizetype i = 0; same && i < cells.size(); ++i)
            same = cells.at(i).machine == m_tiles.at(i)->cell().machine &&
                   cells.at(i).state == m_tiles.at(i)->cell().state;
        if (same) {
            for (qsizetype i = 0; i < cells.size(); ++i)
                m_tiles.at(i)->setCell(cells.at(i));
            return;
        }
        qDeleteAll(m_tiles);
        m_tiles.clear();
        for (const BoardCell &cell : cells)
            m_tiles.append(new BoardTile(
                cell, [activated, cell] { activated(cell); }, this));
        m_columns = -1;
        reflow();
    }

    QList<BoardTile *> tiles() const { return m_tiles; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        reflow();
    }

private:
    static int columnsFor(int width, int minimum, int spacing, qsizetype count)
    {
        const qsizetype fits = (width + spacing) / (minimum + spacing);
        return int(std::clamp<qsizetype>(fits, 1, qMax<qsizetype>(1, count)));
    }

    void reflow()
    {
        QList<BoardTile *> working;
        QList<BoardTile *> final;
        for (BoardTile *tile : std::as_const(m_tiles))
            (tile->cell().terminal ? final : working).append(tile);
        // One column count for both rows and every section (up to the longest main path), so tiles are the same
        // width everywhere and final states line up under the working ones.
        const int columns = columnsFor(width(), TileMinimumWidth, m_working->spacing(), MostColumns);
        const int finalColumns = columns;
        if (columns == m_columns && finalColumns == m_finalColumns)
            return;
        m_columns = columns;
        m_finalColumns = finalColumns;
        place(m_working, working, columns);
        place(m_final, final, finalColumns);
    }

    static void place(QGridLayout *grid, const QList<BoardTile *> &tiles, int columns)
    {
        for (BoardTile *tile : tiles)
            grid->removeWidget(tile);
        for (int column = 0; column < grid->columnCount(); ++column)
            grid->setColumnStretch(column, 0);
        for (qsizetype i = 0; i < tiles.size(); ++i)
            grid->addWidget(tiles.at(i), int(i / columns), int(i % columns));
        for (int column = 0; column < columns; ++column)
            grid->setColumnStretch(column, 1);
    }

    QLabel *m_title;
    QGridLayout *m_working;
    QGridLayout *m_final;
    QList<BoardTile *> m_tiles;
    int m_columns = -1;
    int m_finalColumns = -1;
};

OrderBoardView::OrderBoardView(Models::ReadThread *reads, QWidget *parent)
    : WorkView(parent)
    , m_reads(reads)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("orderBoardPage"));
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setText(tr("Reading the board…"));
    m_updated->setObjectName(QStringLiteral("updated"));
    m_updated->setTextFormat(Qt::PlainText);
    m_updated->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *title = new QLabel(tr("Order board"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    title->setFont(font);

    // The colour rule, spelled out once above the tiles.
    auto *legend = new QLabel(this);
    legend->setObjectName(QStringLiteral("legend"));
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true);
    const auto swatch = [this](BoardPalette::Age age, const QString &text) {
        return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
            .arg(BoardPalette::tileEdge(age, palette()).name(), text.toHtmlEscaped());
    };
    legend->setText(swatch(BoardPalette::Age::Fresh, tr("oldest under half the state's time limit")) +
                    QStringLiteral("&nbsp;&nbsp;&nbsp; ") + swatch(BoardPalette::Age::Ageing, tr("past half of it")) +
                    QStringLiteral("&nbsp;&nbsp;&nbsp; ") +
                    swatch(BoardPalette::Age::Late, tr("past the limit: stuck")));
    legend->setToolTip(colourRule());

    auto *content = new QWidget;
    auto *sections = new QVBoxLayout(content);
    sections->setContentsMargins(0, 0, 8, 0);
    sections->setSpacing(18);
    for (const QString &machine : {QStringLiteral("order"), QStringLiteral("fulfillment"), QStringLiteral("return")}) {
        QString heading;
        if (machine == u"order")
            heading = tr("Orders");
        else if (machine == u"fulfillment")
            heading = tr("Fulfillments (one per location an order ships from)");
        else
            heading = tr("Returns");
        auto *section = new BoardSection(heading, content);
        section->setObjectName(QStringLiteral("section_") + machine);
        section->setProperty("machine", machine);
        sections->addWidget(section);
        m_sections.append(section);
    }
    sections->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("boardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_updated);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(legend);
    layout->addWidget(m_stack, 1);

    connect(m_reads->worker(), &Models::ReadWorker::jobDone, this, [this](quint64 id, const QVariant &value) {
        if (id != m_request)
            return;
        m_request = 0;
        showCells(value.value<QList<BoardCell>>());
    });
    connect(m_reads->worker(), &Models::ReadWorker::failed, this,
            [this](quint64 id, const QString &text, bool connectionLost) {
                if (id != m_request)
                    return;
                m_request = 0;
                if (m_cells.isEmpty())
                    m_empty->setText(tr("Could not read the board: %1").arg(text));
                reportLoadFailure(tr("Could not read the order board: %1").arg(text), connectionLost);
            });
    // Ages grow while the board is on screen.
    m_refresh->setInterval(30 * 1000);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    m_refresh->start();
}

OrderBoardView::~OrderBoardView() = default;

void OrderBoardView::reload()
{
    m_request = m_reads->requestJob([](Services::Session &session) -> Services::Result<QVariant> {
        auto board = Services::OrderService(session).board();
        if (!board)
            return board.error();
        return QVariant::fromValue(board.value());
    });
}

void OrderBoardView::activate()
{
    reload();
}

void OrderBoardView::saveLayout(QSettings &) const
{
}

void OrderBoardView::restoreLayout(const QSettings &)
{
}

QString OrderBoardView::summary() const
{
    qint64 open = 0;
    qint64 stuck = 0;
    for (const BoardCell &cell : m_cells) {
        if (cell.machine != u"order" || cell.terminal)
            continue;
        open += cell.count;
        stuck += cell.stuck;
    }
    const QString orders = tr("%Ln order(s) open", nullptr, int(open));
    return stuck == 0 ? orders : tr("%1, %2").arg(orders, tr("%Ln stuck", nullptr, int(stuck)));
}

void OrderBoardView::showCells(const QList<BoardCell> &cells)
{
    m_cells = cells;
    std::sort(m_cells.begin(), m_cells.end(), [](const BoardCell &a, const BoardCell &b) {
        return std::tie(a.machine, a.position) < std::tie(b.machine, b.position);
    });
    bool anyOrder = false;
    for (const BoardCell &cell : std::as_const(m_cells))
        anyOrder = anyOrder || (cell.machine == u"order" && cell.count > 0);
    const auto activated = [this](const BoardCell &cell) {
        Q_EMIT stateClicked(cell.machine, cell.state);
    };
    for (BoardSection *section : std::as_const(m_sections)) {
        const QString machine = section->property("machine").toString();
        QList<BoardCell> mine;
        for (const BoardCell &cell : std::as_const(m_cells))
            if (cell.machine == machine)
                mine.append(cell);
        section->setCells(mine, activated);
        section->setVisible(!mine.isEmpty());
    }
    if (anyOrder) {
        m_stack->setCurrentIndex(0);
    } else {
        m_empty->setText(tr("No orders yet: they arrive from the shop's checkout or stockroomctl order create."));
        m_stack->setCurrentWidget(m_empty);
    }
    m_updated->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT summaryChanged();
    Q_EMIT loaded();
}

} // namespace Stockroom::Ui
