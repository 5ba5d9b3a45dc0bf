using System.Text.RegularExpressions;
using Marketplace.Tests.Support;
using Marketplace.Web.Features.Adoptions;
using Marketplace.Web.Features.Adoptions.Api;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.Tests.Adoptions;

public sealed partial class AdoptionApiMessagesTests
{
    /// <summary>The keys a request or a move can answer with, as the workflow's source spells them.</summary>
    public static TheoryData<string> RequestAndMoveKeys() => [.. ScanKeys()];

    private static IEnumerable<string> ScanKeys()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", "Marketplace.Web", "Features", "Adoptions");
        var keys = new[] { "AdoptionRules.cs", "AdoptionWorkflow.cs" }
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(Path.Combine(folder, f))).Select(m => m.Groups["key"].Value))
            .Where(k => !k.StartsWith("Plan.", StringComparison.Ordinal) || k == "Plan.NotEditable")
            .Distinct(StringComparer.Ordinal);
        return keys;
    }

    [Theory]
    [MemberData(nameof(RequestAndMoveKeys))]
    public void Every_key_the_workflow_answers_with_has_english_words(string key) =>
        Assert.True(AdoptionApiMessages.Knows(key), $"{key} has no wording in AdoptionApiMessages.");

    [Fact]
    public void The_scan_finds_the_known_keys()
    {
        var keys = ScanKeys().ToList();
        Assert.Contains("Adoption.OwnApp", keys);
        Assert.Contains("Adoption.Stale", keys);
        Assert.Contains("Validation.Range", keys);
    }

    [Theory]
    [InlineData("Reason", "Validation.Required", new object[0], "A reason is required.")]
    [InlineData("ExpectedUsers", "Validation.Range", new object[] { 1, 10_000_000 }, "Enter a whole number from 1 to 10,000,000.")]
    [InlineData("Reason", "Validation.TooLong", new object[] { 2000 }, "At most 2,000 characters.")]
    [InlineData("Milestones[0].Title", "Validation.Required", new object[0], "This field is required.")]
    [InlineData("", "Adoption.Unknown", new object[] { 3 }, "Adoption.Unknown 3")]
    public void Messages_name_the_field_and_format_numbers_the_english_way(string field, string key, object[] arguments, string expected) =>
        Assert.Equal(expected, AdoptionApiMessages.Describe(new FieldError(field, key, arguments)));

    [Fact]
    public void States_in_messages_are_spelled_as_the_api_spells_them() =>
        Assert.Equal("An adoption that is perencanaan cannot become disetujui.",
            AdoptionApiMessages.Describe(new FieldError("", "Adoption.OutOfOrder", AdoptionState.Perencanaan, AdoptionState.Disetujui)));

    [GeneratedRegex("\"(?<key>(Validation|Adoption|Plan)\\.[A-Za-z]+)\"")]
    private static partial Regex KeyPattern();
}
