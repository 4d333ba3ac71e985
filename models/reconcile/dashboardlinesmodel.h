#pragma once

#include "dashboardmodel.h"

namespace Stockroom::Models {

// The lines behind a dashboard chart (a drill-down): whatever view the request names, its columns as the view has
// them (DashboardWords::column names them), up to the request's limit. Unlike the chart models its columns follow
// the answer: one model serves the seven drill-down views, each a handful of columns, rather than seven models that
// differ only in their column lists.
class DashboardLinesModel final : public DashboardModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardLinesModel)

public:
    explicit DashboardLinesModel(ReadThread *reads, QObject *parent = nullptr);
    ~DashboardLinesModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Services::LinesRequest linesFor(int row) const override;

    void setRequest(const Services::LinesRequest &request);
    const Services::LinesRequest &request() const { return m_request; }
    // The view's column names ("sku", "at", …).
    const QStringList &columns() const { return m_lines.columns; }
    int columnOf(const QString &name) const { return int(m_lines.columns.indexOf(name)); }
    // The limit cut the lines off.
    bool hasMore() const { return m_lines.more; }
    QVariant rawValue(int row, const QString &column) const;

protected:
    ReadJob job() const override;
    void apply(const QVariant &value) override;
    int rows() const override { return int(m_lines.rows.size()); }

private:
    QString text(const QString &column, const QVariant &value) const;

    Services::LinesRequest m_request;
    Services::DashboardLines m_lines;
};

} // namespace Stockroom::Models
