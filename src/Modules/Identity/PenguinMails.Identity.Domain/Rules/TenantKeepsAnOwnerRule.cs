using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Domain;

/// <summary>A tenant always keeps at least one owner: its last owner can neither leave nor be demoted.</summary>
internal sealed class TenantKeepsAnOwnerRule(TenantUser membership, int activeOwners, bool remainsOwner) : IBusinessRule
{
    public string Code => "last-owner";

    public string Message => "A tenant must keep at least one owner; make another member an owner first.";

    public bool IsBroken() => membership.IsOwner && !remainsOwner && activeOwners <= 1;
}
