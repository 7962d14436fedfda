using System.Net.Mail;
using System.Text.RegularExpressions;

namespace FocalBot.Domain.Members;

/// Why member details were refused; the bot turns each into a sentence in the member's language.
public enum DetailProblem
{
    NameMissing, NameTooLong, StateMissing, StateUnknown, OrganisationTooLong, TitleTooLong,
    EmailInvalid, PhoneInvalid, IdentityMissing, IdentityInvalid,
}

/// The rules for member details, shared by the cards, the CSV import and the roster import.
public static partial class MemberDetails
{
    public const int MaxName = 100;
    public const int MaxOrganisation = 150;
    public const int MaxTitle = 100;

    /// Every problem with the member's details; empty when they can be saved.
    public static IReadOnlyList<DetailProblem> Problems(Member m)
    {
        var problems = new List<DetailProblem>();
        if (string.IsNullOrWhiteSpace(m.DisplayName)) problems.Add(DetailProblem.NameMissing);
        else if (m.DisplayName.Length > MaxName) problems.Add(DetailProblem.NameTooLong);

        if (m.Role == MemberRole.FocalPoint && m.StateCode is null) problems.Add(DetailProblem.StateMissing);
        else if (m.StateCode is { IsMemberState: false }) problems.Add(DetailProblem.StateUnknown);

        if (m.Organisation?.Length > MaxOrganisation) problems.Add(DetailProblem.OrganisationTooLong);
        if (m.Title?.Length > MaxTitle) problems.Add(DetailProblem.TitleTooLong);
        if (!string.IsNullOrWhiteSpace(m.Email) && !IsEmail(m.Email)) problems.Add(DetailProblem.EmailInvalid);
        if (!string.IsNullOrWhiteSpace(m.Phone) && !Phone().IsMatch(m.Phone)) problems.Add(DetailProblem.PhoneInvalid);

        // A pending identity (both ids empty) is allowed when the e-mail can find the person in the team roster later.
        if (!m.HasIdentity) { if (string.IsNullOrWhiteSpace(m.Email)) problems.Add(DetailProblem.IdentityMissing); }
        else if (string.IsNullOrWhiteSpace(m.AadObjectId) || string.IsNullOrWhiteSpace(m.TenantId)) problems.Add(DetailProblem.IdentityMissing);
        else if (!Guid.TryParse(m.AadObjectId, out _) || !Guid.TryParse(m.TenantId, out _)) problems.Add(DetailProblem.IdentityInvalid);
        return problems;
    }

    /// Trims every field and drops empty optional ones, so "  " never reaches a store.
    public static Member Normalized(Member m) => m with
    {
        DisplayName = m.DisplayName.Trim(),
        Organisation = Blank(m.Organisation),
        Title = Blank(m.Title),
        Email = Blank(m.Email)?.ToLowerInvariant(),
        Phone = Blank(m.Phone),
        AadObjectId = m.AadObjectId.Trim().ToLowerInvariant(),
        TenantId = m.TenantId.Trim().ToLowerInvariant(),
    };

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static bool IsEmail(string s) =>
        MailAddress.TryCreate(s.Trim(), out var address) && address.Address == s.Trim() && address.Host.Contains('.');

    // International format as people write it: an optional +, digits, spaces, dots, dashes, brackets; 6 to 20 digits.
    [GeneratedRegex(@"^\+?(?=(?:\D*\d){6,20}\D*$)[\d\s.\-()/]+$")]
    private static partial Regex Phone();
}
