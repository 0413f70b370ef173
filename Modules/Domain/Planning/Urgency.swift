/// What the rules found about a customer, as planning weighs it: the score `next` orders by (the
/// sum of the priorities of the rules that fired), those rules' names, and the visit purpose the
/// most urgent of them suggests. Kept with the planned visit, so `plan confirm` can give it.
///
/// ```swift
/// let urgency = Urgency(score: 80, rules: ["sales-drop"], purpose: "hear why orders dropped (churn risk)")
/// VisitPolicy.standard.isMustVisit(urgency)   // true: 80 reaches the default must-visit score
/// ```
public struct Urgency: Sendable, Codable, Equatable {
    public var score: Int
    /// Most urgent first.
    public var rules: [String]
    public var purpose: String?

    public init(score: Int, rules: [String], purpose: String? = nil) {
        self.score = score
        self.rules = rules
        self.purpose = purpose
    }
}
