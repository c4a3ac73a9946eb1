// A chatbot's flow written against the TypeScript client generated from openapi/openapi.yaml
// (openapi-typescript types, openapi-fetch calls), as a partner would write it: interpret what the
// person typed, run the interview to completion, print the triage level and the guideline-backed
// remedies of the leading cause. It compiles in strict mode with no non-null assertion and no cast
// (check-client.sh rejects both), so a contract that makes a field optional or nullable where the
// service always sends it, or that gives a type two names, fails the build.
import createClient from "openapi-fetch";
import type { components, paths } from "backspasm-api";

type CaseInput = components["schemas"]["CaseInput"];
type CaseQuestion = components["schemas"]["CaseQuestion"];
type ReportedFinding = components["schemas"]["ReportedFinding"];
type FindingState = components["schemas"]["FindingState"];
type Urgency = components["schemas"]["Urgency"];
type Problem = components["schemas"]["Problem"];

/** What the person answers to one question: a state per finding id, or a number. */
export interface Person {
    answer(question: CaseQuestion): Promise<{ states: Map<string, FindingState>; value?: number }>;
}

/** A whole interview should take well under 15 questions; the loop stops at 30 whatever happens. */
const MAX_TURNS = 30;

function explain(problem: Problem): string {
    const fields = (problem.errors ?? []).map((e) => `${e.field}: ${e.message}`).join("; ");
    return `${problem.status} ${problem.title}: ${problem.detail}${fields === "" ? "" : ` (${fields})`}`;
}

/** The case with the person's answer to one question added (the rest of a checklist is absent). */
function withAnswer(current: CaseInput, question: CaseQuestion,
        reply: { states: Map<string, FindingState>; value?: number }): CaseInput {
    switch (question.kind) {
        case "age":
            return reply.value === undefined ? current : { ...current, age: reply.value };
        case "duration":
            return reply.value === undefined ? current : { ...current, durationDays: reply.value };
        case "finding":
        case "findings": {
            const added: ReportedFinding[] = question.findingIds.map((id) => ({
                id,
                state: reply.states.get(id) ?? (question.kind === "findings" ? "absent" : "unknown"),
            }));
            const asked = new Set(question.findingIds);
            const kept = (current.findings ?? []).filter((f) => !asked.has(f.id));
            return { ...current, findings: [...kept, ...added] };
        }
    }
}

export async function converse(baseUrl: string, message: string, person: Person): Promise<Urgency> {
    const client = createClient<paths>({ baseUrl });

    const interpreted = await client.POST("/api/v1/interpretations", { body: { text: message } });
    if (interpreted.error !== undefined) {
        throw new Error(explain(interpreted.error));
    }
    let current: CaseInput = interpreted.data.case;
    const understood = interpreted.data.findings.map((f) => `${f.label} (${f.state}, "${f.text}")`);
    console.log(`Understood: ${understood.join(", ") || "nothing yet"}; age ${interpreted.data.age ?? "not given"}`);

    for (let turn = 0; turn < MAX_TURNS; turn++) {
        const assessed = await client.POST("/api/v1/assessments", { body: current });
        if (assessed.error !== undefined) {
            throw new Error(explain(assessed.error));
        }
        const assessment = assessed.data;
        const question = assessment.nextQuestion;
        if (assessment.complete || question === null || question === undefined) {
            const level = assessment.triage.level;
            console.log(`Level: ${level} (${assessment.triage.title}, ${assessment.triage.timeFrame})`);
            console.log(assessment.advice);
            for (const flag of assessment.triage.redFlags) {
                console.log(`Red flag: ${flag.name} (${flag.urgency}): ${flag.advice}`);
            }
            const leading = assessment.causes.find((c) => c.leading);
            if (leading !== undefined) {
                const why = leading.supportingFindings.map((f) => `${f.id} ${f.state} +${f.weight}`).join(", ");
                console.log(`Leading cause: ${leading.name} (${Math.round(leading.score * 100)} %): ${why}`);
                await printGuidelineRemedies(client, leading.id);
            }
            console.log(assessment.disclaimer);
            return level;
        }
        const open = assessment.triage.pendingQuestions.map((q) => q.findingIds.length).reduce((a, b) => a + b, 0);
        console.log(`Q${turn + 1} (${open} red-flag items open): ${question.text}`);
        current = withAnswer(current, question, await person.answer(question));
    }
    throw new Error(`The interview did not complete within ${MAX_TURNS} questions`);
}

async function printGuidelineRemedies(client: ReturnType<typeof createClient<paths>>, causeId: string): Promise<void> {
    const listed = await client.GET("/api/v1/remedies", {
        params: { query: { cause: causeId, evidence: "guideline" } },
    });
    if (listed.error !== undefined) {
        throw new Error(explain(listed.error));
    }
    for (const remedy of listed.data) {
        console.log(`- ${remedy.name} (${remedy.phase}): ${remedy.instructions} [${remedy.sourceIds.join(", ")}]`);
        for (const caution of remedy.cautions) {
            console.log(`  caution: ${caution}`);
        }
    }
}

/** A scripted person who has nothing further: every finding asked about is absent; age 40, 3 days. */
export const nothingElse: Person = {
    async answer(question) {
        const states = new Map<string, FindingState>(question.findingIds.map((id) => [id, "absent"]));
        return question.kind === "age" ? { states, value: 40 }
            : question.kind === "duration" ? { states, value: 3 } : { states };
    },
};

export async function main(): Promise<void> {
    const baseUrl = globalThis.location?.origin ?? "http://localhost:8080";
    const level = await converse(baseUrl, "I'm 34, lower back spasm since yesterday after golf. No numbness.", nothingElse);
    console.log(`Final level: ${level}`);
}
