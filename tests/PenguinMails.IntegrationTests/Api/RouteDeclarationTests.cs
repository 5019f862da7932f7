using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Api;

/// <summary>What routes declare once (issue 22, item 7): staff permissions on the request, problem answers on the group.</summary>
public sealed class RouteDeclarationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public void Every_admin_route_checks_a_staff_permission_before_it_reads_the_body()
    {
        var unguarded = Routes().Where(r => r.Pattern.StartsWith("/api/v1/admin", StringComparison.Ordinal)
                                            && r.Endpoint.Metadata.GetMetadata<RequiresStaffPermissionAttribute>() is null).ToList();

        Assert.True(Routes().Count(r => r.Pattern.StartsWith("/api/v1/admin", StringComparison.Ordinal)) >= 20);
        Assert.Empty(unguarded.Select(r => r.Pattern));
    }

    [Fact]
    public void A_staff_route_that_sends_a_request_checks_exactly_the_requests_permission()
    {
        var staffRoutes = Routes().Where(r => r.Endpoint.Metadata.GetMetadata<RequestTypeMetadata>() is not null
                                              && r.Endpoint.Metadata.GetMetadata<RequiresStaffPermissionAttribute>() is not null).ToList();

        Assert.NotEmpty(staffRoutes);
        foreach (var (pattern, endpoint) in staffRoutes)
        {
            var request = endpoint.Metadata.GetMetadata<RequestTypeMetadata>()!.RequestType;
            var declared = request.GetCustomAttributes(typeof(RequiresStaffPermissionAttribute), inherit: true).Cast<RequiresStaffPermissionAttribute>().Single();
            var checkedPermissions = endpoint.Metadata.GetOrderedMetadata<RequiresStaffPermissionAttribute>().Select(a => a.Permission).Distinct();
            Assert.True(checkedPermissions.SequenceEqual([declared.Permission]), $"{pattern} checks {string.Join(", ", checkedPermissions)}, its request {request.Name} needs {declared.Permission}");
        }
    }

    [Fact]
    public void Every_route_declares_the_standard_problems_once()
    {
        foreach (var (pattern, endpoint) in Routes().Where(r => r.Pattern.StartsWith("/api/v1/", StringComparison.Ordinal)))
        {
            var statuses = endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Select(p => p.StatusCode).ToList();
            Assert.True(statuses.Count(s => s == StatusCodes.Status400BadRequest) == 1 && statuses.Count(s => s == StatusCodes.Status500InternalServerError) == 1,
                $"{pattern}: {string.Join(", ", statuses)}");
        }
    }

    private List<(string Pattern, RouteEndpoint Endpoint)> Routes() =>
        [.. api.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => ("/" + e.RoutePattern.RawText!.TrimStart('/'), e))];
}
