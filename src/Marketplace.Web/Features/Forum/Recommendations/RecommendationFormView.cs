using Microsoft.AspNetCore.Html;

namespace Marketplace.Web.Features.Forum.Recommendations;

/// <summary>The page behind the shared form partial (_RecommendationForm): the new-recommendation page and the edit page.</summary>
public interface IRecommendationFormPage
{
    RecommendationInput Input { get; }

    IHtmlContent? Preview { get; }

    /// <summary>Edits ask what changed and carry the revision they were shown with; a new recommendation does not.</summary>
    bool IsEdit { get; }

    /// <summary>Where "Batal" leads.</summary>
    string CancelUrl { get; }
}
