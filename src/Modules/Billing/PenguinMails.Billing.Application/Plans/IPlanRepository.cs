using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Application.Persistence;

namespace PenguinMails.Billing.Application.Plans;

internal interface IPlanRepository : IRepository<Plan>;
