#pragma once

#include <QString>

namespace Stockroom::Ctl {

class Context;

using Command = int (*)(Context &);

struct CommandInfo
{
    QString path; // "transfer ship"
    Command run;
    QString synopsis;
};

// Every command, in the order --help lists them.
const QList<CommandInfo> &commands();

int initCommand(Context &ctx);
int locationAddCommand(Context &ctx);
int locationListCommand(Context &ctx);
int locationUpdateCommand(Context &ctx);
int skuAddCommand(Context &ctx);
int skuUpdateCommand(Context &ctx);
int clusterCommand(Context &ctx);

int userAddCommand(Context &ctx);
int userAssignCommand(Context &ctx);
int userUnassignCommand(Context &ctx);
int userListCommand(Context &ctx);

int receiveCommand(Context &ctx);
int adjustCommand(Context &ctx);
int countCommand(Context &ctx);
int countPlanCommand(Context &ctx);
int safetyStockCommand(Context &ctx);
int hotSkuEnableCommand(Context &ctx);
int hotSkuDisableCommand(Context &ctx);
int hotSkuListCommand(Context &ctx);
int transferShipCommand(Context &ctx);
int transferReceiveCommand(Context &ctx);
int transferCancelCommand(Context &ctx);
int transferWriteOffCommand(Context &ctx);
int returnCommand(Context &ctx);
int reserveCommand(Context &ctx);
int commitCommand(Context &ctx);
int releaseCommand(Context &ctx);

int stockCommand(Context &ctx);
int reasonsCommand(Context &ctx);
int transferListCommand(Context &ctx);
int reservationListCommand(Context &ctx);
int ledgerCommand(Context &ctx);
int verifyCommand(Context &ctx);
int sweepCommand(Context &ctx);
int eventsCommand(Context &ctx);

int orderCreateCommand(Context &ctx);
int orderShowCommand(Context &ctx);
int orderListCommand(Context &ctx);
int orderAllocateCommand(Context &ctx);
int orderFireCommand(Context &ctx);
int orderReturnCommand(Context &ctx);
int orderCancelCommand(Context &ctx);
int orderMachineCommand(Context &ctx);

int countSessionCreateCommand(Context &ctx);
int countSessionRecordCommand(Context &ctx);
int countSessionSubmitCommand(Context &ctx);
int countSessionReviewCommand(Context &ctx);
int countSessionApproveCommand(Context &ctx);
int countSessionRejectCommand(Context &ctx);
int countSessionRecountCommand(Context &ctx);
int countSessionListCommand(Context &ctx);
int countSessionSheetCommand(Context &ctx);

int reconcileSourceCommand(Context &ctx);
int reconcileImportCommand(Context &ctx);
int reconcileShowCommand(Context &ctx);
int reconcileApproveCommand(Context &ctx);
int driftCommand(Context &ctx);
int reportCommand(Context &ctx);

int benchCommand(Context &ctx);
int benchReconcile(Context &ctx);
int simulateCommand(Context &ctx);

} // namespace Stockroom::Ctl
