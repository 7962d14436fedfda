using FocalBot.Domain.Requests;

namespace FocalBot.Domain.Tests.Requests;

public sealed class RequestNumberTests
{
    [Fact]
    public void Number_prints_year_and_two_digit_sequence_and_parses_back()
    {
        var number = new RequestNumber(2026, 7);

        Assert.Equal("2026/07", number.ToString());
        Assert.True(RequestNumber.TryParse(" 2026/07 ", out var parsed));
        Assert.Equal(number, parsed);
        Assert.Equal("2026/123", new RequestNumber(2026, 123).ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026")]
    [InlineData("2026/0")]
    [InlineData("2026/-1")]
    [InlineData("26/07")]
    [InlineData("2026/07/1")]
    [InlineData("abcd/07")]
    public void Malformed_numbers_do_not_parse(string? text) => Assert.False(RequestNumber.TryParse(text, out _));

    [Fact]
    public void Numbers_sort_by_year_then_sequence()
    {
        RequestNumber[] numbers = [new(2026, 2), new(2025, 30), new(2026, 10), new(2026, 1)];

        Assert.Equal([new(2025, 30), new(2026, 1), new(2026, 2), new(2026, 10)], numbers.Order());
        Assert.True(new RequestNumber(2025, 99) < new RequestNumber(2026, 1));
    }

    [Fact]
    public void Next_number_follows_the_highest_of_the_year()
    {
        RequestNumber[] existing = [new(2026, 1), new(2026, 2), new(2026, 3), new(2025, 41)];

        Assert.Equal(new RequestNumber(2026, 4), RequestNumber.Next(2026, existing));
    }

    [Fact]
    public void Numbering_restarts_at_one_each_year()
    {
        RequestNumber[] existing = [new(2026, 1), new(2026, 2)];

        Assert.Equal(new RequestNumber(2027, 1), RequestNumber.Next(2027, existing));
        Assert.Equal(new RequestNumber(2026, 1), RequestNumber.Next(2026, []));
    }

    [Fact]
    public void Next_number_never_reuses_a_number_even_when_one_was_deleted()
    {
        RequestNumber[] existing = [new(2026, 1), new(2026, 3)];

        Assert.Equal(new RequestNumber(2026, 4), RequestNumber.Next(2026, existing));
    }

    [Fact]
    public void Question_numbers_start_at_one_and_follow_the_questions()
    {
        var request = ARequest.Draft("First?", "Second?", "Third?");

        Assert.Equal([1, 2, 3], request.QuestionNumbers.Select(n => n.Value));
        Assert.Equal("Second?", request[new QuestionNumber(2)].Text);
        Assert.False(request.Has(new QuestionNumber(4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new QuestionNumber(0));
    }
}
