using FocalBot.Domain.Members;

namespace FocalBot.Domain.Tests.Members;

public sealed class StateCodeTests
{
    [Theory]
    [InlineData("FR")]
    [InlineData("fr")]
    [InlineData(" Fr ")]
    [InlineData("\tfR\u00a0")]
    public void Text_in_any_case_and_with_spaces_around_is_the_upper_case_code(string text)
    {
        Assert.True(StateCode.TryParse(text, out var code));

        Assert.Equal("FR", code.Value);
        Assert.Equal("FR", code.ToString());
        Assert.Equal("FR", $"{code}");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00a0\t")]
    public void Blank_text_is_no_code(string? text)
    {
        Assert.False(StateCode.TryParse(text, out var code));

        Assert.Null(code);
        Assert.Null(StateCode.ParseOptional(text));
    }

    [Fact]
    public void Parse_refuses_blank_text_with_a_format_error()
    {
        Assert.Throws<FormatException>(() => StateCode.Parse(" "));
        Assert.Equal(StateCode.Parse("de"), StateCode.Parse("DE "));
    }

    [Fact]
    public void Codes_are_equal_when_their_normalized_text_is()
    {
        var typed = StateCode.Parse(" lu");
        var stored = StateCode.Parse("LU");

        Assert.Equal(stored, typed);
        Assert.True(typed == stored);
        Assert.Equal(stored.GetHashCode(), typed.GetHashCode());
        Assert.NotEqual(StateCode.Parse("LT"), typed);
        Assert.False(typed.Equals(null));
    }

    [Fact]
    public void A_code_works_as_a_key_whatever_case_it_was_written_in()
    {
        var answers = new Dictionary<StateCode, int> { [StateCode.Parse("fr")] = 1 };

        Assert.True(answers.ContainsKey(StateCode.Parse("FR")));
        Assert.Single(new[] { "de", "DE", " De " }.Select(StateCode.Parse).Distinct());
    }

    [Fact]
    public void Codes_sort_ordinally_as_the_stores_list_them()
    {
        string[] texts = ["it", "AT", "de", "Be"];

        Assert.Equal(["AT", "BE", "DE", "IT"], texts.Select(StateCode.Parse).Order().Select(c => c.Value));
    }

    [Fact]
    public void A_code_names_its_member_state_or_none()
    {
        Assert.Equal("Germany", MemberStates.Find(StateCode.Parse("de"))?.NameEn);
        Assert.True(StateCode.Parse("de").IsMemberState);

        var unknown = StateCode.Parse("xx");
        Assert.Null(MemberStates.Find(unknown));
        Assert.False(unknown.IsMemberState);
        Assert.Equal("XX", unknown.Value);   // still a code: the rules name it in their message
    }

    [Fact]
    public void A_member_state_is_found_by_its_code_or_by_text_a_person_typed()
    {
        Assert.Same(MemberStates.Find(StateCode.Parse("NL")), MemberStates.Find(" nl "));
        Assert.Null(MemberStates.Find((string?)"  "));
        Assert.Null(MemberStates.Find((StateCode?)null));
    }
}
