using MapsterMapper;
using PenguinMails.BuildingBlocks.Application;

namespace PenguinMails.UnitTests;

/// <summary>Each module's own mappings, configured as the host configures them, for handlers under test.</summary>
internal static class ModuleMappers
{
    public static IMapper Of(string module) =>
        new Mapper(Mapping.Configure(System.Reflection.Assembly.Load($"PenguinMails.{module}.Application")));
}
