import { z } from "zod";

/** One schema for the client (inline messages) and the server action (never trust the client). */
export const projectSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the project a name.")
    .max(60, "Keep it under 60 characters."),
  description: z.string().max(280, "Keep it under 280 characters."),
  due: z.date({ error: "Pick a due date." }),
  visibility: z.enum(["private", "team", "public"], { error: "Choose who can see it." }),
  team: z.string().min(1, "Choose a team."),
  members: z.array(z.string()).min(1, "Add at least one team member."),
  archive: z.boolean(),
  notify: z.boolean(),
});

export type ProjectValues = z.infer<typeof projectSchema>;

export const teams = ["Design", "Platform", "Growth", "Billing"];
export const people = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Katherine Johnson"];
