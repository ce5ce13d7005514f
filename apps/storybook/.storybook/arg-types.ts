import type { ArgTypesEnhancer } from "storybook/internal/types";

/**
 * cva's `VariantProps` types every variant as `"a" | "b" | null`; the `null` only exists so
 * `variant={null}` resets to the default. Drop it from the docs table and the control, list the
 * options in the order the story gives them (else the compiler's union order), and give every
 * string-union prop a select control even when a story's `argTypes` forgot it.
 */
export const withoutNullOptions: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const type = argType.type;
      if (!type || typeof type !== "object" || type.name !== "enum") return [name, argType];
      const present = (value: unknown) => value !== null && value !== undefined;
      const fromType = type.value.filter(present);
      const options = (argType.options ?? fromType).filter(present);
      const ordered = [
        ...options.filter((option) => fromType.includes(option as never)),
        ...fromType.filter((value) => !options.includes(value)),
      ];
      const summary = ordered.map((value) => JSON.stringify(value)).join(" | ");
      return [
        name,
        {
          ...argType,
          type: { ...type, value: ordered },
          options,
          control: argType.control ?? { type: "select" },
          table: { ...argType.table, type: { ...argType.table?.type, summary } },
        },
      ];
    }),
  );
