"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Field, Input, Switch, Textarea, toast } from "@nexod/ui";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";

const profileSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80, "Use at most 80 characters."),
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .pipe(z.email("Enter an email address like name@example.com.")),
  bio: z.string().max(160, "Use at most 160 characters."),
  visible: z.boolean(),
});

type Profile = z.infer<typeof profileSchema>;

/** Profile form: Field + react-hook-form + zod; saving shows a toast. */
export function ProfileForm() {
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Profile>({
    resolver: zodResolver(profileSchema),
    defaultValues: { name: "", email: "", bio: "", visible: true },
  });

  const onSubmit = async (profile: Profile) => {
    // Stands in for a request to the product's API.
    await new Promise((resolve) => setTimeout(resolve, 150));
    toast({
      title: "Profile saved",
      description: `Teammates now see you as ${profile.name}.`,
      variant: "success",
    });
  };

  return (
    <form
      noValidate
      onSubmit={handleSubmit(onSubmit)}
      className="flex flex-col gap-6"
      aria-label="Profile"
    >
      <Field label="Full name" error={errors.name?.message} required>
        <Input autoComplete="name" {...register("name")} />
      </Field>
      <Field
        label="Email"
        description="We send sign-in links and receipts here."
        error={errors.email?.message}
        required
      >
        <Input type="email" autoComplete="email" {...register("email")} />
      </Field>
      <Field label="Bio" description="At most 160 characters." error={errors.bio?.message}>
        <Textarea rows={3} {...register("bio")} />
      </Field>
      <Controller
        control={control}
        name="visible"
        render={({ field: { value, onChange, ...field } }) => (
          <Field
            orientation="horizontal"
            label="Show my profile to teammates"
            description="Your name and bio appear in the team directory."
          >
            <Switch checked={value} onCheckedChange={onChange} {...field} />
          </Field>
        )}
      />
      <div>
        <Button type="submit" loading={isSubmitting}>
          Save profile
        </Button>
      </div>
    </form>
  );
}
