using FocalBot.Domain.Members;

namespace FocalBot.Domain.Tests.Members;

static class AMember
{
    static int _n;

    public static Member FocalPoint(string state = "FR", bool lead = false) => New(MemberRole.FocalPoint) with { StateCode = state, IsLead = lead };
    public static Member Office() => New(MemberRole.Office);
    public static Member Expert() => New(MemberRole.Expert);

    static Member New(MemberRole role)
    {
        var n = Interlocked.Increment(ref _n);
        return new Member
        {
            Id = $"m{n}", DisplayName = $"Member {n}", Role = role, Email = $"member{n}@example.org",
            AadObjectId = Guid.NewGuid().ToString(), TenantId = "6b1c8a52-6bd2-4e6c-9d26-3c4f2e6a8d10",
        };
    }
}
