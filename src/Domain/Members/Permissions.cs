namespace FocalBot.Domain.Members;

/// What a member may do. Checked in the domain, never by hiding buttons: a card's data can be forged.
public enum Permission
{
    /// See the directory: every member's contact details (working methods 3.2).
    ViewDirectory,
    /// Change one's own contact details and language.
    EditOwnDetails,
    /// Add, edit, replace and retire members; import them.
    ManageMembers,
}

public static class Permissions
{
    /// The office coordinates and may do everything; focal points see the directory and keep their own details;
    /// invited experts see only what they are invited to, so not the whole directory. Retired members may do nothing.
    public static bool Allows(this Member actor, Permission permission) => actor.IsActive && (actor.Role, permission) switch
    {
        (MemberRole.Office, _) => true,
        (MemberRole.FocalPoint, Permission.ViewDirectory or Permission.EditOwnDetails) => true,
        (MemberRole.Expert, Permission.EditOwnDetails) => true,
        _ => false,
    };

    /// Own details by anyone allowed to keep them; anyone's by the office.
    public static bool MayEdit(this Member actor, Member target) =>
        actor.Allows(Permission.ManageMembers) || (actor.Id == target.Id && actor.Allows(Permission.EditOwnDetails));
}
