import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { BodyRegion, SITE_REGIONS } from "../entity";
import { MAX_TERM_LENGTH } from "./recommendation-limits";

@InputType({ description: "Where something of your situation is: the answer to a SITE question." })
export class SiteInput {
  @Field(() => ID, {
    description: "What the site is of: a state (aneurysm-site) or an ailment of your situation; id, name or synonym.",
  })
  @Length(1, MAX_TERM_LENGTH)
  of!: string;

  @Field(() => [BodyRegion], { description: "The regions it is in (1 to 9): HEAD, NECK, CHEST, ABDOMEN..." })
  @ArrayMinSize(1)
  @ArrayMaxSize(SITE_REGIONS.length)
  @ArrayUnique()
  @IsIn(SITE_REGIONS, { each: true, message: `each region must be one of ${SITE_REGIONS.join(", ")}` })
  regions!: BodyRegion[];
}
