using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Billing.Contracts;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Deliverability.Application;
using PenguinMails.Deliverability.Application.Domains;
using PenguinMails.Deliverability.Application.EmailAccounts;
using PenguinMails.Deliverability.Application.Mail;
using PenguinMails.Deliverability.Application.Ports;
using PenguinMails.Deliverability.Infrastructure.Billing;
using PenguinMails.Deliverability.Infrastructure.Dns;
using PenguinMails.Deliverability.Infrastructure.Jobs;
using PenguinMails.Deliverability.Infrastructure.Mail;
using PenguinMails.Deliverability.Infrastructure.Persistence;
using PenguinMails.Deliverability.Infrastructure.Workspace;
using PenguinMails.Workspace.Contracts;

namespace PenguinMails.Deliverability.Infrastructure;

public static class DeliverabilityInfrastructureExtensions
{
    /// <summary>
    /// The Deliverability module's DbContext, handlers, validators, repositories and mappings, its DNS resolver and
    /// re-check job, what its unique constraints mean, and what it tells Workspace and Billing.
    /// </summary>
    public static IServiceCollection AddDeliverabilityInfrastructure(this IServiceCollection services)
    {
        services.AddOptions<DeliverabilityOptions>().BindConfiguration(DeliverabilityOptions.Section);
        services.AddSingleton(new UniqueConstraintConflict("ux_domains_tenant_domain", DomainConflicts.AlreadyAdded, "This domain is already one of this tenant's domains."));
        services.AddSingleton(new UniqueConstraintConflict("ux_email_accounts_tenant_email", EmailAccountConflicts.AlreadyAdded, "This address is already one of this tenant's e-mail accounts."));
        services.AddSingleton(new UniqueConstraintConflict("ux_smtp_ip_addresses_ip", "ip-already-added", "This IP address is already on the platform."));
        services.AddSingleton(new UniqueConstraintConflict("vps_instances_hostwinds_instance_id_key", "instance-already-added", "An instance with this Hostwinds id is already on the platform."));
        services.AddSingleton(new UniqueConstraintConflict("ux_domains_company_primary", "primary-domain-changed", "Another request changed this company's primary domain at the same time; try again."));
        return services
            .AddSingleton<IDnsResolver, DnsClientResolver>()
            .AddSingleton<MailHostGuard>()
            .AddSingleton<IMailDelivery, SmtpMailTransport>()
            .AddScoped<DomainVerifier>()
            .AddHostedService<DomainRecheckService>()
            .AddScoped<ICompanyDependents, CompanyDomains>()
            .AddScoped<IUsageCounter, DomainUsage>()
            .AddScoped<IUsageCounter, EmailAccountUsage>()
            .AddScoped<IUsageCounter, WarmupUsage>()
            .AddModuleDbContext<DeliverabilityDbContext>()
            .AddModuleServices(DeliverabilityApplicationAssembly.Assembly, typeof(DeliverabilityDbContext).Assembly);
    }
}
