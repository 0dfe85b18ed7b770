//! Practice sessions, the mistakes review and progress.

use super::*;

impl Qazstep {
    fn practice_view(&self, id: &str, plan: &PracticePlan) -> Result<PracticeSession> {
        let ids: Vec<String> = plan.items.iter().map(|i| i.question.clone()).collect();
        let content = lock(&self.content);
        let questions = bank::questions_by_ids(&content, &ids)?;
        let mut ctx_ids: Vec<String> = questions.iter().filter_map(|q| q.context.clone()).collect();
        ctx_ids.sort_unstable();
        ctx_ids.dedup();
        let contexts: HashMap<String, ContextView> = bank::contexts_by_ids(&content, &ctx_ids)?
            .iter()
            .map(|c| (c.id.clone(), ContextView::from(c)))
            .collect();
        Ok(PracticeSession {
            id: id.to_string(),
            mistakes: plan.mistakes,
            questions: plan
                .items
                .iter()
                .zip(questions)
                .enumerate()
                .map(|(i, (item, q))| PracticeQuestion {
                    index: i as u32,
                    question: q.id.clone(),
                    subject: q.subject.clone(),
                    topic: q.topic.clone(),
                    kind: q.kind,
                    context: q.context.as_ref().and_then(|c| contexts.get(c).cloned()),
                    stem: q.stem,
                    prompts: q.prompts,
                    options: q.options,
                    answered: item.answered,
                })
                .collect(),
        })
    }

    /// Starts a practice session on a subject (and optional topic): unseen questions first,
    /// then the least recently seen.
    pub fn start_practice(&self, req: &PracticeRequest) -> Result<PracticeSession> {
        if req.count == 0 || req.count > 500 {
            return Err(Error::invalid(
                Message::new(MessageId::PracticeCountRange)
                    .arg("min", 1)
                    .arg("max", 500),
                "a practice session has 1 to 500 questions",
            ));
        }
        let candidates = {
            let content = lock(&self.content);
            if let Some(topic) = &req.topic {
                let topics = bank::topics(&content, Some(&req.subject))?;
                if !topics.iter().any(|t| &t.id == topic) {
                    return Err(Error::invalid(
                        Message::new(MessageId::TopicUnknown)
                            .arg("topic", topic)
                            .arg("subject", &req.subject),
                        format!("unknown topic \"{topic}\" for subject \"{}\"", req.subject),
                    ));
                }
            }
            bank::find_questions(
                &content,
                &QuestionFilter {
                    exam: Some(req.exam),
                    locale: Some(req.locale),
                    subject: Some(req.subject.clone()),
                    topic: req.topic.clone(),
                    ..QuestionFilter::default()
                },
            )?
        };
        if candidates.is_empty() {
            return Err(Error::not_found(
                Message::new(MessageId::PracticeNothing)
                    .arg("subject", &req.subject)
                    .arg("language", req.locale.code()),
                format!(
                    "no {} questions for {}{} in {}",
                    req.exam.code(),
                    req.subject,
                    req.topic
                        .as_deref()
                        .map(|t| format!(" / {t}"))
                        .unwrap_or_default(),
                    req.locale.code()
                ),
            ));
        }
        let now = self.now();
        let mut user = self.user()?;
        let seen = self.last_seen(&user)?;
        let refs: Vec<QuestionRef> = candidates.iter().map(QuestionRef::from).collect();
        let picked = crate::exam::assembly::pick_questions(
            &refs,
            &seen,
            req.count as usize,
            req.seed.unwrap_or_else(random_seed),
        );
        let plan = PracticePlan {
            subject: Some(req.subject.clone()),
            topic: req.topic.clone(),
            locale: req.locale,
            exam: req.exam,
            mistakes: false,
            items: picked
                .into_iter()
                .map(|q| PracticeItem {
                    question: q.id.clone(),
                    answered: None,
                    response: None,
                })
                .collect(),
        };
        let id = uuid::Uuid::new_v4().to_string();
        user.put_practice(&id, &plan, false, now)?;
        drop(user);
        self.practice_view(&id, &plan)
    }

    /// Starts a review of the questions last answered wrongly (in `locale`; a mistake made on a
    /// twin in another language counts), most recent mistakes first.
    pub fn start_mistakes_review(&self, locale: Locale, limit: u32) -> Result<PracticeSession> {
        if limit == 0 {
            return Err(Error::invalid(
                Message::new(MessageId::PracticeCountRange)
                    .arg("min", 1)
                    .arg("max", 500),
                "a mistakes review needs at least 1 question",
            ));
        }
        let now = self.now();
        let keys = {
            let user = self.user()?;
            user.mistakes()?
        };
        if keys.is_empty() {
            return Err(Error::NoMistakes);
        }
        let bank_questions = bank::find_questions(
            &lock(&self.content),
            &QuestionFilter {
                locale: Some(locale),
                include_retired: true,
                ..QuestionFilter::default()
            },
        )?;
        let mut by_key: HashMap<&str, &Question> = HashMap::new();
        for q in bank_questions.iter() {
            by_key.insert(q.id.as_str(), q);
            if let Some(g) = &q.group {
                by_key.entry(g.as_str()).or_insert(q);
            }
        }
        let picked: Vec<&Question> = keys
            .iter()
            .filter_map(|k| by_key.get(k.as_str()).copied())
            .take(limit as usize)
            .collect();
        let Some(first) = picked.first() else {
            return Err(Error::NoMistakes);
        };
        let plan = PracticePlan {
            subject: None,
            topic: None,
            locale,
            exam: first.exam,
            mistakes: true,
            items: picked
                .iter()
                .map(|q| PracticeItem {
                    question: q.id.clone(),
                    answered: None,
                    response: None,
                })
                .collect(),
        };
        let id = uuid::Uuid::new_v4().to_string();
        self.user()?.put_practice(&id, &plan, false, now)?;
        self.practice_view(&id, &plan)
    }

    /// A practice session as it stands.
    pub fn practice_session(&self, id: &str) -> Result<PracticeSession> {
        let plan: PracticePlan = self.user()?.practice(id)?;
        self.practice_view(id, &plan)
    }

    /// Answers question `index` of a practice session (pack option indexes, as shown there)
    /// and returns immediate feedback; the answer joins the history at once.
    pub fn practice_answer(&self, id: &str, index: u32, response: &Response) -> Result<Feedback> {
        let mut plan: PracticePlan = self.user()?.practice(id)?;
        let item = plan.items.get(index as usize).ok_or_else(|| {
            Error::invalid(
                Message::new(MessageId::PositionOutOfRange)
                    .arg("position", u64::from(index) + 1)
                    .arg("max", plan.items.len()),
                format!(
                    "question {index} does not exist (this session has 0..{})",
                    plan.items.len().saturating_sub(1)
                ),
            )
        })?;
        let q = bank::questions_by_ids(&lock(&self.content), std::slice::from_ref(&item.question))?
            .pop()
            .ok_or_else(|| Error::Internal("question vanished from the bank".into()))?;
        let key = item_key(&q);
        if response.is_empty() {
            return Err(Error::invalid(
                MessageId::ResponseEmpty,
                "an empty response answers nothing",
            ));
        }
        scoring::validate_response(&key, response)?;
        let response = response.normalized();
        let registry = self.registry();
        let blueprint = Self::newest_blueprint(&registry, q.exam)?;
        let points = scoring::score_item(blueprint, &key, Some(&response), None);
        let max_points = blueprint.points_for_kind(q.kind);
        let correct = points == max_points && scoring::mistakes(&key, &response) == Some(0);
        let feedback = Feedback {
            index,
            correct,
            points,
            max_points,
            key: pack_key(&q),
            explanation: q.explanation.clone(),
            source: q.source.clone(),
        };
        // One presentation of an item, one answer: the same response again (a double tap) is
        // acknowledged with the same feedback and adds nothing; another one is refused.
        if item.answered.is_some() {
            return match &item.response {
                Some(first) if *first == response => Ok(feedback),
                None if item.answered == Some(correct) => Ok(feedback),
                _ => Err(Error::conflict(
                    MessageId::PracticeAlreadyAnswered,
                    format!("question {index} of this session is already answered"),
                )),
            };
        }
        plan.items[index as usize].answered = Some(correct);
        plan.items[index as usize].response = Some(response.clone());
        let finished = plan.items.iter().all(|i| i.answered.is_some());
        let now = self.now();
        let event = vec![AnswerEvent {
            question: q.id.clone(),
            group: q.group.clone(),
            subject: q.subject.clone(),
            topic: q.topic.clone(),
            kind: q.kind,
            points,
            max_points,
            correct,
            at: now,
            origin: Origin::Practice,
            response: Some(response),
        }];
        {
            let mut user = self.user()?;
            user.practice_answer(id, &plan, finished, &event, now)?;
            self.note_seen(&event);
        }
        Ok(feedback)
    }

    /// Progress per subject and topic over every answer given (exams and practice).
    pub fn progress(&self) -> Result<Progress> {
        Ok(self.user()?.tallies()?.progress())
    }
}
