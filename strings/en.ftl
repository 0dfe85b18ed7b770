### Qazstep — English. Same ids and variables as kk.ftl and ru.ftl (the tests check it).
### Syntax: a strict subset of Project Fluent, see README.md beside this file.
### Messages are the core's MessageId codes; each is one line the user can act on.
### Option and prompt numbers are those of the contract (from 0); positions are from 1.

## The app driver and events

bad_event = This action was not understood. Try again; if it repeats, restart the app.
event_not_here = This action is not available on this screen. Use the buttons shown on it.
request_refused = This request cannot be completed. Check what you entered and try again.

## Onboarding and profile

language_unknown = The app has no language “{ $language }”. Choose Kazakh (kk), Russian (ru) or English (en).
policy_not_accepted = Accept the privacy policy to continue: nothing is saved until you do.
policy_version_unknown = There is no version { $version } of the privacy policy. Open the policy shown in the app and accept it.
iin_length = An IIN has 12 digits, but you entered { $count }. Check the number.
iin_not_digits = An IIN has only digits, but character { $position } is not a digit. Remove it.
iin_check_digit = No such IIN exists: a digit is probably mistyped. Check the number against your identity document.
iin_unusable_prefix = No IIN starts with these 11 digits: one of them is probably mistyped. Check the number against your identity document.
name_invalid = A name has at most { $max } characters and no special characters such as line breaks. Shorten or correct it.
role_unknown = “{ $role }” is not a role here. Choose student or teacher.
subject_unknown = There is no subject “{ $subject }” in the question bank. Choose a subject from the list.
subject_repeated = “{ $subject }” is chosen twice. Choose each subject once.
subjects_not_allowed = { $count ->
        [0] “{ $blueprint }” has no choice of subjects: start it without choosing any.
       *[other] This choice of subjects is not offered by “{ $blueprint }”: choose { $count } { $count ->
            [one] subject
           *[other] subjects
        } from one of the allowed combinations.
    }
exam_date_invalid = “{ $date }” is not a date. Enter it as YYYY-MM-DD, for example 2026-06-20.
exam_date_past = The exam date has already passed. Enter today’s date or a later one.
minutes_out_of_range = Daily study time must be between { $min } and { $max } minutes. Choose a value in this range.
profile_missing = There is no profile yet. Fill in your profile first.

## Exams

blueprint_unknown = There is no exam format “{ $blueprint }”. Choose an exam from the list.
category_unknown = “{ $category }” is not a qualification category of “{ $blueprint }”. Choose a category from the list.
exam_language_not_held = The exam “{ $blueprint }” is not held in { $language ->
        [kk] Kazakh
        [ru] Russian
        [en] English
       *[other] “{ $language }”
    }. Choose one of its languages: { $languages }.
bank_too_small = The question bank is short of questions for “{ $blueprint }” in { $language ->
        [kk] Kazakh
        [ru] Russian
        [en] English
       *[other] “{ $language }”
    } (in { $slots } { $slots ->
        [one] part
       *[other] parts
    } of the exam). Import more questions or choose another language.
position_out_of_range = There is no question { $position }. Choose a number from 1 to { $max }.
option_out_of_range = There is no option { $option }: this question has { $options } { $options ->
        [one] option
       *[other] options
    }, numbered from 0.
response_one_option = This question has one correct answer: choose only one option.
option_repeated = Option { $option } is chosen twice. Choose each option once.
prompt_out_of_range = There is no item { $prompt } to match: this question has { $prompts } { $prompts ->
        [one] item
       *[other] items
    } on the left, numbered from 0.
prompt_repeated = Item { $prompt } is matched twice. Match each item once.
response_wrong_shape = { $kind ->
        [matching] This is a matching question: pair each item on the left with an option.
        [single] This question takes one chosen option, not pairs.
       *[other] This question takes chosen options, not pairs.
    }
response_empty = No option is chosen. Choose at least one option.
response_unreadable = The answer could not be read. Write option numbers (2 or 0,3) or pairs (0:2,1:0).
attempt_not_found = This exam attempt was not found. Choose an attempt from the list.
already_submitted = This exam has already been submitted: its answers can no longer be changed. Open its results.
time_up = Time is up: the exam was submitted automatically and scored. See your results.
not_submitted_yet = This exam is not submitted yet, so it has no results. Finish and submit it first.
no_unfinished_exam = There is no unfinished exam to continue. Start a new one.
aid_not_offered = { $aid ->
        [calculator] This exam has no calculator.
        [periodic_table] This exam has no periodic table.
        [solubility_table] This exam has no solubility table.
       *[other] This exam does not offer “{ $aid }”.
    }
calculator_invalid = The calculator cannot evaluate this expression. Check it and try again.
calculator_division_by_zero = Division by zero. Change the expression.
review_filter_unknown = “{ $filter }” is not a review filter. Choose all, wrong or flagged.
review_nothing = No questions match this filter. Choose another filter.

## Practice

practice_count_range = A practice session has { $min } to { $max } questions. Choose a number in this range.
topic_unknown = There is no topic “{ $topic }” in “{ $subject }”. Choose a topic from the list.
practice_nothing = There are no practice questions for “{ $subject }” in { $language ->
        [kk] Kazakh
        [ru] Russian
        [en] English
       *[other] “{ $language }”
    }. Choose another subject or language.
no_mistakes = There are no mistakes to review yet. Practise or take a mock exam first.
practice_not_found = This practice session was not found. Start a new one.
practice_already_answered = You have already answered this question, and the first answer counts. Go on to the next question.

## Privacy, keys and storage

erase_not_confirmed = Confirm that you want to erase all your data: this cannot be undone.
key_unavailable = Your data cannot be opened right now (the phone may be locked). Unlock the phone and try again.
key_lost = The key that protected your data is gone, so the data can no longer be read. Erase it and start again; the questions are kept.
data_damaged = Part of your data is damaged and cannot be read ({ $table }.{ $field }, record { $record }). Remove it to continue, and please report this to us.
file_damaged = A data file of the app is damaged and cannot be read. Remove it to continue, and please report this to us.
storage_full = The phone’s storage is full; nothing was lost. Free up some space and try again.
storage_read_only = The app cannot save: its storage is read-only. Check the phone’s storage and restart the app.
schema_too_new = Your data was saved by a newer version of the app. Update the app to open it.
storage_failed = The data could not be saved or read. Try again; if it keeps failing, restart the app.
internal_error = Something went wrong in the app. Restart it and please report the problem to us.
file_unreadable = The file “{ $file }” cannot be read. Check that it exists and that the app may open it.
pack_invalid = This is not a valid question pack: { $count } { $count ->
        [one] problem
       *[other] problems
    } found. Nothing was imported.
pack_conflict = This pack conflicts with the questions already installed; nothing was imported. Check the pack’s version.
media_not_found = A picture for this question is missing. Import the question pack again.

## The privacy policy, point by point (the onboarding and privacy screens)

policy_collects = What is collected: the IIN (optional), for the app's functions; also your name, subjects, exam date, answers and results.
policy_purpose = What for: only to provide the app's educational content and functions.
policy_sealed = How it is kept: encrypted on this device, with its key held by the phone's secure keystore; nothing is sent anywhere.
policy_no_third_parties = Personal data is not passed to third parties.
policy_rights = Your rights: to get your data (export), to correct it, to erase it, and to withdraw your consent (which erases everything).
policy_changes = Changes to the policy are published in the app and shown to you for acceptance.
notice_not_official = Qazstep is not an official service of the state bodies of the Republic of Kazakhstan; its information is for education only.
notice_sources = All questions are compiled from open sources and Kazakhstan's curricula.
