using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application.Configuration;

internal static class ConfigMappings
{
    /// <summary>Never the value of a sensitive entry: <see cref="SystemConfig.VisibleValue"/>.</summary>
    public static SystemConfigDto ToDto(this SystemConfig c) => new(c.Key, c.VisibleValue, c.Description, c.Category, c.IsSensitive, c.UpdatedBy, c.Updated);
}
