using PenguinMails.Billing.Application.Plans;
using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;

namespace PenguinMails.Billing.Infrastructure.Persistence.Repositories;

internal sealed class PlanRepository(BillingDbContext context) : EfRepository<BillingDbContext, Plan>(context), IPlanRepository;
