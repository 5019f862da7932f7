using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Infrastructure.Persistence;

/// <summary>The Deliverability module's tables: domains, email_accounts, vps_instances, smtp_ip_addresses, domain_ip_assignments.</summary>
internal sealed class DeliverabilityDbContext(DbContextOptions<DeliverabilityDbContext> options, DbSession session, ICurrentTenant tenant, ICurrentUser user)
    : ModuleDbContext(options, session, tenant, user)
{
    public DbSet<SendingDomain> SendingDomainRows => Set<SendingDomain>();

    public DbSet<EmailAccount> EmailAccountRows => Set<EmailAccount>();

    public DbSet<VpsInstance> VpsInstanceRows => Set<VpsInstance>();

    public DbSet<SmtpIpAddress> SmtpIpAddressRows => Set<SmtpIpAddress>();

    public DbSet<DomainIpAssignment> DomainIpAssignmentRows => Set<DomainIpAssignment>();
}
