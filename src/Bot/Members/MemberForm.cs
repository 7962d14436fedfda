using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Members;

/// The member form's inputs as the card sent them back: to build the member, and to fill the form again when something
/// must be corrected. Input only: who acts is the invoke's sender, never anything here.
public sealed record MemberForm(
    string Name = "", string Role = "", string State = "", bool Lead = false, string Organisation = "", string Title = "",
    string Email = "", string Phone = "", string Language = "", string AadObjectId = "", string TenantId = "")
{
    // Input ids, shared by the card and this reader.
    public const string NameId = "name", RoleId = "role", StateId = "state", LeadId = "lead", OrganisationId = "organisation",
        TitleId = "title", EmailId = "email", PhoneId = "phone", LanguageId = "language", AadObjectIdId = "aadObjectId", TenantIdId = "tenantId";

    /// The language choice meaning "no preference": the member's Teams locale decides.
    public const string LanguageFromTeams = "teams";

    /// An empty form; the tenant is prefilled with the office's own, where the network's guests appear too.
    public static MemberForm Empty(string? tenantId) => new(TenantId: tenantId ?? "");

    /// The action data that opens the add form with a team member's name, e-mail and identity filled in.
    public static System.Text.Json.Nodes.JsonObject Prefill(RosterPerson person) => new()
    {
        [NameId] = person.Name, [EmailId] = person.Email ?? "", [AadObjectIdId] = person.AadObjectId, [TenantIdId] = person.TenantId,
    };

    /// The add form as an action opened it: empty, or prefilled from the roster.
    public static MemberForm Opened(TurnContext turn) => new(
        Name: turn.Data(NameId) ?? "", Email: turn.Data(EmailId) ?? "", AadObjectId: turn.Data(AadObjectIdId) ?? "",
        TenantId: turn.Data(TenantIdId) is { Length: > 0 } tenant ? tenant : turn.Conversation.TenantId ?? "");

    public static MemberForm From(TurnContext turn) => new(
        turn.Data(NameId) ?? "", turn.Data(RoleId) ?? "", turn.Data(StateId) ?? "", turn.Data(LeadId) == "true",
        turn.Data(OrganisationId) ?? "", turn.Data(TitleId) ?? "", turn.Data(EmailId) ?? "", turn.Data(PhoneId) ?? "",
        turn.Data(LanguageId) ?? "", turn.Data(AadObjectIdId) ?? "", turn.Data(TenantIdId) ?? "");

    public MemberRole? ParsedRole => Enum.TryParse<MemberRole>(Role, ignoreCase: false, out var role) && Enum.IsDefined(role) ? role : null;

    /// The member the form describes, or null when it names no role. Without an Entra object id the identity is pending.
    public Member? ToMember(string id, MemberRole? role = null)
    {
        if ((role ?? ParsedRole) is not { } chosen) return null;
        var pending = string.IsNullOrWhiteSpace(AadObjectId);
        return new Member
        {
            Id = id,
            DisplayName = Name,
            Role = chosen,
            StateCode = StateCode.ParseOptional(State),
            IsLead = Lead,
            Organisation = Organisation,
            Title = Title,
            Email = Email,
            Phone = Phone,
            PreferredLanguage = Languages.Parse(Language),
            AadObjectId = pending ? "" : AadObjectId,
            TenantId = pending ? "" : TenantId,
        };
    }
}
