namespace Marketplace.Web.Features.Adoptions;

/// <summary>
/// Resource anchor for the adoption feature's text (AdoptionText.id.resx, AdoptionText.en.resx): the pages, the state and
/// plan names, and every error key that AdoptionRules and AdoptionWorkflow return, for the pages and the API alike.
/// </summary>
public sealed class AdoptionText;
