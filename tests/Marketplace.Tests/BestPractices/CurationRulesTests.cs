using Marketplace.Web.Features.BestPractices;
using Marketplace.Web.Features.Catalog;

namespace Marketplace.Tests.BestPractices;

public sealed class CurationRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static CurationInput Input(CurationState? state, DateOnly? next, params CurationCriterion[] criteria) =>
        new() { State = state, NextReviewOn = next, Criteria = criteria.Select(c => c.ToString()).ToList() };

    private static string Keys(IEnumerable<FieldError> errors) => string.Join(" ", errors.Select(e => $"{e.Field}:{e.Key}").Order());

    [Fact]
    public void Verified_with_one_criterion_and_a_date_next_year_passes() =>
        Assert.Empty(CurationRules.Check(Input(CurationState.Verified, Today.AddYears(1), CurationCriterion.OpenLicence), Today));

    [Fact]
    public void Praktik_baik_with_every_required_criterion_passes_and_the_optional_ones_are_not_needed() =>
        Assert.Empty(CurationRules.Check(Input(CurationState.PraktikBaik, Today.AddDays(1), [.. CurationCriteria.RequiredForPraktikBaik]), Today));

    [Fact]
    public void Praktik_baik_without_a_required_criterion_names_the_missing_ones()
    {
        var met = CurationCriteria.All.Except([CurationCriterion.SecurityReview, CurationCriterion.Documentation]).ToArray();

        var error = Assert.Single(CurationRules.Check(Input(CurationState.PraktikBaik, Today.AddMonths(6), met), Today));

        Assert.Equal("Criteria:Curation.CriteriaMissing", $"{error.Field}:{error.Key}");
        Assert.Equal([CurationCriterion.Documentation, CurationCriterion.SecurityReview], Assert.IsAssignableFrom<IEnumerable<CurationCriterion>>(Assert.Single(error.Arguments)));
    }

    [Theory]
    [InlineData(CurationState.Verified)]
    [InlineData(CurationState.PraktikBaik)]
    public void A_mark_without_any_criterion_is_refused(CurationState state) =>
        Assert.Equal("Criteria:Curation.CriteriaRequired", Keys(CurationRules.Check(Input(state, Today.AddYears(1)), Today)));

    [Fact]
    public void Unknown_criterion_names_do_not_count()
    {
        var input = new CurationInput { State = CurationState.Verified, NextReviewOn = Today.AddYears(1), Criteria = ["Magic", "openlicence"] };

        Assert.Equal("Criteria:Curation.CriteriaRequired", Keys(CurationRules.Check(input, Today)));
    }

    [Theory]
    [InlineData(0, "NextReviewOn:Curation.NextReviewPast")]
    [InlineData(-1, "NextReviewOn:Curation.NextReviewPast")]
    [InlineData(-400, "NextReviewOn:Curation.NextReviewPast")]
    [InlineData(1, "")]
    public void The_next_review_must_be_after_today(int days, string expected) =>
        Assert.Equal(expected, Keys(CurationRules.Check(Input(CurationState.Verified, Today.AddDays(days), CurationCriterion.OpenLicence), Today)));

    [Fact]
    public void The_next_review_may_be_three_years_ahead_but_not_a_day_more()
    {
        Assert.Empty(CurationRules.Check(Input(CurationState.Verified, Today.AddYears(3), CurationCriterion.OpenLicence), Today));
        Assert.Equal("NextReviewOn:Curation.NextReviewTooFar", Keys(CurationRules.Check(Input(CurationState.Verified, Today.AddYears(3).AddDays(1), CurationCriterion.OpenLicence), Today)));
    }

    [Fact]
    public void A_mark_without_a_date_and_criteria_names_both()
    {
        Assert.Equal("Criteria:Curation.CriteriaRequired NextReviewOn:Curation.NextReviewRequired", Keys(CurationRules.Check(Input(CurationState.Verified, null), Today)));
    }

    [Fact]
    public void Removing_the_mark_needs_neither_criteria_nor_a_date() =>
        Assert.Empty(CurationRules.Check(Input(CurationState.None, null), Today));

    [Fact]
    public void A_missing_or_unknown_state_is_refused()
    {
        Assert.Equal("State:Curation.StateRequired", Keys(CurationRules.Check(Input(null, Today.AddYears(1), CurationCriterion.OpenLicence), Today)));
        Assert.Equal("State:Curation.StateRequired", Keys(CurationRules.Check(Input((CurationState)42, Today.AddYears(1), CurationCriterion.OpenLicence), Today)));
    }

    [Fact]
    public void A_note_over_the_limit_is_refused()
    {
        var input = Input(CurationState.Verified, Today.AddYears(1), CurationCriterion.OpenLicence);
        input.Note = new string('n', CurationRules.NoteMax + 1);

        Assert.Equal("Note:Curation.NoteTooLong", Keys(CurationRules.Check(input, Today)));
    }

    [Fact]
    public void A_review_is_overdue_only_after_its_day()
    {
        Assert.False(CurationRules.IsOverdue(Today, Today));
        Assert.True(CurationRules.IsOverdue(Today.AddDays(-1), Today));
    }

    [Fact]
    public void Parsing_keeps_the_lists_order_and_drops_duplicates() =>
        Assert.Equal([CurationCriterion.OpenLicence, CurationCriterion.SecurityReview], CurationCriteria.Parse(["SecurityReview", "OpenLicence", "SecurityReview"]));
}
