using System.Text.Json;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Staff.Contracts.Configuration.ReadConfigValue;

/// <summary>
/// A configuration value for in-process use by any module (sensitive ones included: they never leave the process),
/// from a short cache. Null when the key is not set. No route sends it.
/// </summary>
public sealed record ReadConfigValueQuery(string Key) : IQuery<JsonElement?>;
