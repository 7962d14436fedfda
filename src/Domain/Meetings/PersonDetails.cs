using FocalBot.Domain.Members;

namespace FocalBot.Domain.Meetings;

/// What is wrong with the details of a person who is not a member: a substitute or an external participant.
public enum PersonProblem { NameMissing, NameTooLong, TitleTooLong, OrganisationTooLong, CountryTooLong, EmailMissing, EmailInvalid }

/// The same limits as members' details (MemberDetails), since these people appear in the same participants list.
public static class PersonDetails
{
    public const int MaxCountry = 100;

    public static IReadOnlyList<PersonProblem> Problems(string? name, string? title, string? organisation, string? country, string? email, bool emailRequired)
    {
        var problems = new List<PersonProblem>();
        if (string.IsNullOrWhiteSpace(name)) problems.Add(PersonProblem.NameMissing);
        else if (name.Trim().Length > MemberDetails.MaxName) problems.Add(PersonProblem.NameTooLong);
        if (title?.Trim().Length > MemberDetails.MaxTitle) problems.Add(PersonProblem.TitleTooLong);
        if (organisation?.Trim().Length > MemberDetails.MaxOrganisation) problems.Add(PersonProblem.OrganisationTooLong);
        if (country?.Trim().Length > MaxCountry) problems.Add(PersonProblem.CountryTooLong);
        if (string.IsNullOrWhiteSpace(email)) { if (emailRequired) problems.Add(PersonProblem.EmailMissing); }
        else if (!MemberDetails.IsEmail(email)) problems.Add(PersonProblem.EmailInvalid);
        return problems;
    }
}
