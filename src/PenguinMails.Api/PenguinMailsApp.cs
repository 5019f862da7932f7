using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PenguinMails.Api.OpenApi;
using PenguinMails.Billing.Api;
using PenguinMails.BuildingBlocks.Api;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Campaigns.Api;
using PenguinMails.Deliverability.Api;
using PenguinMails.Identity.Api;
using PenguinMails.Staff.Api;
using PenguinMails.Workspace.Api;

namespace PenguinMails.Api;

/// <summary>The composition root: every module, the shared HTTP conventions, health and the OpenAPI document.</summary>
public static class PenguinMailsApp
{
    private const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddSecretFiles();
        builder.Logging.ClearProviders().AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });

        builder.Services
            .AddPenguinMailsModules(builder.Configuration)
            .AddBuildingBlocksApi()
            .AddOpenApi(options => options.AddSchemaTransformer<DateTimeSchemaTransformer>().AddSchemaTransformer<OptionalSchemaTransformer>());

        var app = builder.Build();
        app.UseBuildingBlocksApi(builder.Configuration.GetValue("PenguinMails:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes));

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteHealth }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(InfrastructureServiceCollectionExtensions.ReadyTag),
            ResponseWriter = WriteHealth,
        }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapIdentityEndpoints();
        app.MapWorkspaceEndpoints();
        app.MapBillingEndpoints();
        app.MapStaffEndpoints();
        app.MapDeliverabilityEndpoints();
        app.MapCampaignsEndpoints();
        app.MapMetricsEndpoints();
        return app;
    }

    private static Task WriteHealth(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, cancellationToken: context.RequestAborted);
    }
}
