<?php
/**
 * Plugin Name: Classic Editor switch (tests only)
 * Description: The post screen with the Classic Editor (TinyMCE, Visual and Text tabs)
 * instead of the block editor, as the Classic Editor plugin does: the WordPress tier
 * (tests/e2e/wordpress.test.mjs) puts this file in mu-plugins.
 *
 * @package east-asia-explainers
 */

add_filter( 'use_block_editor_for_post', '__return_false' );
