#pragma once

#include "referencedialog.h"

#include <ledger/referencedata.h>

class QLineEdit;
class QPlainTextEdit;

namespace Stockroom::Ui {

// A SKU's name, barcodes (one per line; a barcode another SKU holds is refused) and unit cost.
class SkuDialog final : public ReferenceDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SkuDialog)

public:
    SkuDialog(const Services::ConnectionSpec &spec, const QString &code, QWidget *parent = nullptr);
    ~SkuDialog() override;

protected:
    void read(std::function<void(const Services::Status &)> done) override;
    bool validate() override;
    void write(std::function<void(const Services::Result<QJsonObject> &)> done) override;
    QString fieldFor(const Services::Error &error) const override;
    QString summary(const QJsonObject &result) const override;

private:
    QStringList barcodes() const;

    QString m_code;
    Services::SkuDetails m_before;
    QLineEdit *m_name;
    QPlainTextEdit *m_barcodes;
    QLineEdit *m_unitCost;
};

} // namespace Stockroom::Ui
