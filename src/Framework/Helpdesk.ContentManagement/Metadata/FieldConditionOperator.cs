namespace Helpdesk.ContentManagement.Metadata;

public enum FieldConditionOperator
{
    /// <summary>The other field has the first of the condition's values.</summary>
    Equals,

    /// <summary>The other field has one of the condition's values.</summary>
    In,

    /// <summary>The other (taxonomy) field has one of the given terms or a term beneath one of them.</summary>
    UnderTerm,
}
