using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Deliverability.Application.Sending;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Infrastructure.Persistence.Repositories;

internal sealed class VpsInstanceRepository(DeliverabilityDbContext context) : EfRepository<DeliverabilityDbContext, VpsInstance>(context), IVpsInstanceRepository
{
    public Task<VpsInstance?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        Set.FromSql($"SELECT * FROM vps_instances WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    public Task<int> CountLiveAssignmentsAsync(Guid instanceId, CancellationToken cancellationToken) =>
        Context.DomainIpAssignmentRows.IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(a => a.Status != AssignmentStatus.Expired)
            .Join(Context.SmtpIpAddressRows.Where(ip => ip.VpsInstanceId == instanceId), a => a.SmtpIpAddressId, ip => ip.Id, (a, _) => a)
            .CountAsync(cancellationToken);
}

internal sealed class SmtpIpRepository(DeliverabilityDbContext context) : EfRepository<DeliverabilityDbContext, SmtpIpAddress>(context), ISmtpIpRepository
{
    public Task<SmtpIpAddress?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        Set.FromSql($"SELECT * FROM smtp_ip_addresses WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
}

/// <summary>Staff see every tenant's rows here through the staff row policies, so the tenant query filter is lifted.</summary>
internal sealed class DomainIpAssignmentRepository(DeliverabilityDbContext context)
    : EfRepository<DeliverabilityDbContext, DomainIpAssignment>(context), IDomainIpAssignmentRepository
{
    public Task<DomainIpAssignment?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        Set.FromSql($"SELECT * FROM domain_ip_assignments WHERE id = {id} FOR UPDATE")
            .IgnoreQueryFilters([ModuleDbContext.TenantFilter]).SingleOrDefaultAsync(cancellationToken);

    public Task<SendingDomain?> FindDomainAsync(Guid domainId, CancellationToken cancellationToken) =>
        Context.SendingDomainRows.IgnoreQueryFilters([ModuleDbContext.TenantFilter]).AsNoTracking().SingleOrDefaultAsync(d => d.Id == domainId, cancellationToken);

    public Task<bool> IsLiveAsync(Guid domainId, Guid smtpIpAddressId, CancellationToken cancellationToken) =>
        Set.IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .AnyAsync(a => a.DomainId == domainId && a.SmtpIpAddressId == smtpIpAddressId && a.Status != AssignmentStatus.Expired, cancellationToken);

    public async Task<CostReportDto> CostsAsync(DateTimeOffset monthStart, DateTimeOffset monthEnd, CancellationToken cancellationToken)
    {
        // An instance costs its approximate (attributable) cost, else its bill; it is shared equally by its IPs, and
        // each IP's cost with its share by the domains assigned to it at any time in the month.
        var rows = await Context.Database.SqlQuery<CostRow>($"""
            WITH instances AS (
                SELECT id, COALESCE(approximate_cost, monthly_cost, 0) AS cost
                FROM vps_instances
                WHERE created < {monthEnd} AND (status <> 'decommissioned' OR updated >= {monthStart})
            ), ips AS (
                SELECT ip.id, COALESCE(ip.approximate_cost, 0) AS cost,
                       COALESCE(i.cost, 0) / count(*) OVER (PARTITION BY ip.vps_instance_id) AS instance_share
                FROM smtp_ip_addresses ip LEFT JOIN instances i ON i.id = ip.vps_instance_id
                WHERE ip.created < {monthEnd}
            ), used AS (
                SELECT DISTINCT tenant_id, domain_id, smtp_ip_address_id
                FROM domain_ip_assignments
                WHERE assigned < {monthEnd} AND (expires IS NULL OR expires >= {monthStart})
            ), shares AS (
                SELECT u.tenant_id, u.domain_id,
                       ips.cost / count(*) OVER (PARTITION BY u.smtp_ip_address_id) AS ip_cost,
                       ips.instance_share / count(*) OVER (PARTITION BY u.smtp_ip_address_id) AS instance_share
                FROM used u JOIN ips ON ips.id = u.smtp_ip_address_id
            )
            SELECT s.tenant_id AS tenant_id, t.name AS tenant_name, count(DISTINCT s.domain_id)::int AS domains,
                   round(sum(s.ip_cost), 2) AS ip_cost, round(sum(s.instance_share), 2) AS instance_share, 0::numeric AS platform_total
            FROM shares s JOIN tenants t ON t.id = s.tenant_id
            GROUP BY s.tenant_id, t.name
            UNION ALL
            -- The platform's total, on a row of its own.
            SELECT NULL::uuid, NULL::text, 0, 0, 0,
                   round(COALESCE((SELECT sum(cost) FROM instances), 0) + COALESCE((SELECT sum(cost) FROM ips), 0), 2)
            """).ToListAsync(cancellationToken);

        var tenants = rows.Where(r => r.TenantId is not null)
            .Select(r => new TenantCostDto(r.TenantId!.Value, r.TenantName, r.Domains, r.IpCost, r.InstanceShare, r.IpCost + r.InstanceShare))
            .OrderByDescending(t => t.Total).ThenBy(t => t.TenantId)
            .ToList();
        var total = rows.Single(r => r.TenantId is null).PlatformTotal;
        var attributed = tenants.Sum(t => t.Total);
        return new CostReportDto(monthStart.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), total, attributed, total - attributed, tenants);
    }

    // Read by EF Core, whose snake_case naming applies to these columns as to tables'.
    private sealed class CostRow
    {
        public Guid? TenantId { get; init; }

        public string? TenantName { get; init; }

        public int Domains { get; init; }

        public decimal IpCost { get; init; }

        public decimal InstanceShare { get; init; }

        public decimal PlatformTotal { get; init; }
    }
}
